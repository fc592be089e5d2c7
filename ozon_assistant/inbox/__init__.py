"""The buyers' inbox: fetch their e-mail over IMAP (:mod:`.sync`), read it whatever its charset
or shape (:mod:`.decode`), list it with how long each buyer has waited and what it is about
(:mod:`.listing`), and mark a message answered once its reply went out (:mod:`.replies`).

Core code: no Qt here (the window's Inbox view builds on these functions).
"""
