"""What every screen uses: labels, translations, error texts, UTF-16 offsets and workers."""
