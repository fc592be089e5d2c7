"""The built-in offline speller (Russian and English) and the personal dictionary.

Chosen by measurement (benchmarks/bench_spelling.py): pymorphy3's dictionary decides Russian,
Hunspell's en_US (shipped in spylls) English; candidates come from wordfreq's frequency lists,
searched with rapidfuzz and ranked by a weighted edit distance against frequency.

Start-up (benchmarks/bench_cli.py): each source is turned once into a cache file in the cache
folder (:mod:`.packed`) that a check reads only in the parts it needs — en_US's word forms
listed out (:mod:`.hunspell_forms`), pymorphy3's word graph with the marked forms
(:mod:`.opencorpora`), the frequency lists by word length, the word pairs by shard — so a
check loads neither spylls nor the pymorphy3 analyser, and a clean reply no correction data.
"""
