"""The built-in offline speller (Russian and English) and the personal dictionary.

Chosen by measurement (benchmarks/bench_spelling.py): pymorphy3's dictionary decides Russian,
Hunspell's en_US (through spylls) English; candidates come from wordfreq's frequency lists,
searched with rapidfuzz and ranked by a weighted edit distance against frequency.
"""
