"""The buyers' inbox: the inbox dock and the feedback charts."""
