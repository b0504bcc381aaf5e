"""Lemmas: hand-checked samples per language, and lemmatize=True across the term tables."""

from __future__ import annotations

import numpy as np
import pytest

import analysis
from analysis.text.lemmas import lemma

#: form -> lemma, checked by hand: the dictionary form for ru and en; for id the root
#: (kata dasar) of every affixed or reduplicated form, as Indonesian retrieval uses it
SAMPLES = {
    "ru": {"англии": "англия", "республики": "республика", "выборах": "выборы",
           "голосования": "голосование", "людей": "человек", "городов": "город",
           "областей": "область", "рублей": "рубль", "годах": "год", "съезда": "съезд",
           "партии": "партия", "советского": "советский", "экономической": "экономический",
           "восстановлены": "восстановить", "проголосовали": "проголосовать",
           "избирателей": "избиратель", "заводы": "завод", "процентов": "процент",
           "войны": "война", "крестьян": "крестьянин"},
    "en": {"elections": "election", "cities": "city", "were": "be", "rebuilt": "rebuild",
           "factories": "factory", "workers": "worker", "women": "woman", "years": "year",
           "children": "child", "destroyed": "destroy", "enterprises": "enterprise",
           "liberated": "liberate", "policies": "policy", "lives": "life", "went": "go",
           "countries": "country", "governments": "government", "buildings": "building",
           "began": "begin", "soldiers": "soldier"},
    "id": {"dibangun": "bangun", "pemerintahan": "perintah", "membangun": "bangun",
           "bekerja": "kerja", "negaranya": "negara", "pekerja": "kerja",
           "ditandatangani": "tandatangan", "berdasarkan": "dasar", "kebijakan": "bijak",
           "menteri-menteri": "menteri", "perusahaan": "usaha", "dijual": "jual",
           "pembangunan": "bangun", "penduduk": "duduk", "mengalami": "alam",
           "bukunya": "buku", "kota-kota": "kota", "tahunan": "tahun",
           "perekonomian": "ekonomi", "rakyatnya": "rakyat"},
}


#: A second Indonesian sample, written 2026-12-07 before any change to lemma() (the 20
#: above had been seen while tuning nothing, but they motivated the change, so they cannot
#: measure it). 60 forms taken from sentences written for it (news, law, history,
#: economy), gold decided by hand from Indonesian morphology (KBBI entries), not from any
#: tool's output. Policy as above: the root (kata dasar) of every affixed, cliticised or
#: reduplicated form; roots that only look affixed stay. Decisions: a full reduplication
#: X-X, also with affixes around it ("dibesar-besarkan", "berbagai-bagai") or a clitic on
#: the end ("kota-kotanya"), gives the root of X; a rhyming reduplication ("sayur-mayur")
#: and a reciprocal one ("tembak-menembak") give the root of their base part;
#: "undang-undang" (a law) gives "undang", as any reduplication does; the clitics -nya,
#: -lah, -kah and -pun (written joined) are removed. lemma() as it was then (simplemma
#: alone) scored 44/60: it kept reduplications, clitics and some prefixed forms.
SAMPLES_ID_2 = {
    # "Pemerintah mengumumkan kenaikan harga beras, dan masyarakat di kota-kotanya
    # memprotes keputusan itu."
    "mengumumkan": "umum", "kenaikan": "naik", "beras": "beras", "masyarakat": "masyarakat",
    "kota-kotanya": "kota",
    # "Terdakwa diperiksa oleh penyidik karena diduga menerima suap; pengadilan kemudian
    # menjatuhkan hukuman."
    "terdakwa": "dakwa", "diperiksa": "periksa", "penyidik": "sidik", "menerima": "terima",
    "pengadilan": "adil", "kemudian": "kemudian", "menjatuhkan": "jatuh",
    # "Undang-undang itu disahkan setelah perjanjian dengan pihak oposisi."
    "undang-undang": "undang", "disahkan": "sah", "perjanjian": "janji", "dengan": "dengan",
    # "Kerajaan-kerajaan Nusantara jatuh; kemerdekaan diproklamasikan pada 1945."
    "kerajaan-kerajaan": "raja", "kemerdekaan": "merdeka",
    "diproklamasikan": "proklamasi",
    # "Pertumbuhan ekonomi meningkat, dan bank sentral mempertahankan suku bunga serta
    # memperluas kredit bagi negara-negara tetangga."
    "pertumbuhan": "tumbuh", "meningkat": "tingkat", "mempertahankan": "tahan",
    "memperluas": "luas", "negara-negara": "negara",
    # "Harga sayur-mayur naik; berbagai-bagai persoalan dibesar-besarkan oleh media."
    "sayur-mayur": "sayur", "berbagai-bagai": "bagai", "persoalan": "soal",
    "dibesar-besarkan": "besar",
    # "Tentara mengebom jembatan, dan tembak-menembak terjadi di sana."
    "mengebom": "bom", "tembak-menembak": "tembak", "terjadi": "jadi",
    # "Berita itu pertama kali dimuat di surat kabar, tetapi apakah menteri sudah
    # menjelaskannya?"
    "berita": "berita", "pertama": "pertama", "dimuat": "muat", "apakah": "apa",
    "menjelaskannya": "jelas",
    # "Mereka bermain di halaman sekolah; anak-anak itu belajar dan pesan guru
    # dikirimkan ke kelas."
    "mereka": "mereka", "bermain": "main", "sekolah": "sekolah", "anak-anak": "anak",
    "belajar": "ajar", "pesan": "pesan", "dikirimkan": "kirim", "kelas": "kelas",
    # "Tanya jawab berlangsung di depan meja; hal itu dipertanyakan dalam laporan."
    "tanya": "tanya", "berlangsung": "langsung", "meja": "meja", "dipertanyakan": "tanya",
    "laporan": "lapor",
    # "Ia memang dapat menyelesaikan pekerjaannya; dialah yang layak, janganlah ragu.
    # Terima kasih. Bagaimanapun, kesehatan, pendidikan dan pemilihan umum penting."
    "memang": "memang", "dapat": "dapat", "menyelesaikan": "selesai",
    "pekerjaannya": "kerja", "dialah": "dia", "janganlah": "jangan", "terima": "terima",
    "bagaimanapun": "bagaimana", "kesehatan": "sehat", "pendidikan": "didik",
    "pemilihan": "pilih",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_lemma_accuracy_on_hand_checked_samples(lang):
    """Measured 2026-12-07 (first run, no tuning): ru 20/20, en 19/20 ("lives" read as
    the verb), id 13/20 (simplemma keeps reduplications such as "kota-kota" and some
    prefixed forms such as "bekerja"). With simplemma then PySastrawi and reduplications
    reduced to their root, id is 18/20 ("ditandatangani" kept, "mengalami" read as
    "alami"); these 20 motivated that change, so the figure is not a held-out one (see
    :func:`test_indonesian_lemmas_on_second_sample`). The floor holds those figures."""
    got = {form: lemma(form, lang) for form in SAMPLES[lang]}
    right = sum(got[f] == want for f, want in SAMPLES[lang].items())
    floor = {"ru": 20, "en": 19, "id": 18}[lang]
    assert right >= floor, {f: (got[f], w) for f, w in SAMPLES[lang].items() if got[f] != w}


def test_indonesian_lemmas_on_second_sample():
    """The 60 forms of SAMPLES_ID_2, written before lemma() changed: simplemma alone 44/60;
    simplemma then PySastrawi, with reduplications reduced to their root, 58/60 (misses:
    "sayur-mayur", a rhyming reduplication kept as a compound, and "apakah", which
    PySastrawi's dictionary holds as a root). PySastrawi alone also scored 58/60 here, and
    18/20 on the first sample; it was not taken alone because, on the seeds corpus's
    Indonesian vocabulary, it misreads words simplemma's table gets right ("kerusakan" →
    "rusa", "memasuki" → "pasuk", "gerakan" → "gera")."""
    assert len(SAMPLES_ID_2) == 60
    got = {form: lemma(form, "id") for form in SAMPLES_ID_2}
    wrong = {f: (got[f], w) for f, w in SAMPLES_ID_2.items() if got[f] != w}
    assert len(SAMPLES_ID_2) - len(wrong) >= 58, wrong


def test_lemmatize_across_term_tables():
    corpus = analysis.load_corpus("seeds")
    forms = analysis.term_frequencies(corpus, by="lang")
    lemmas = analysis.term_frequencies(corpus, by="lang", lemmatize=True)
    for lang in ("ru", "en", "id", "kk"):
        n_forms = (forms["lang"] == lang).sum()
        n_lemmas = (lemmas["lang"] == lang).sum()
        assert n_lemmas < n_forms, lang  # inflected forms merged
    ru = lemmas[lemmas["lang"] == "ru"]
    assert "голосование" in set(ru["term"]) and "голосования" not in set(ru["term"])
    # the totals are kept, minus forms whose lemma is a stopword ("будет" -> "быть")
    assert lemmas["count"].sum() <= forms["count"].sum()
    table = analysis.tfidf(corpus, unit="document", lemmatize=True, top_n=None)
    matrix = analysis.tfidf_matrix(corpus, unit="document", lemmatize=True)
    weights = {(d, t): w for d, t, w in zip(table["doc_id"], table["term"], table["tfidf"],
                                            strict=True)}
    m = matrix.matrix.tocoo()
    names = [n.split(":", 1)[1] for n in matrix.get_feature_names_out()]  # "lang:term"
    docs = matrix.index["doc_id"].to_numpy()
    got = {(docs[i], names[j]): w for i, j, w in zip(m.row, m.col, m.data, strict=True)}
    assert got.keys() == weights.keys()
    assert np.allclose([got[k] for k in weights], list(weights.values()), rtol=0, atol=1e-12)
    with pytest.raises(ValueError, match="alternatives"):
        analysis.term_frequencies(corpus, stem=True, lemmatize=True)


def test_topic_models_use_lemmas_by_default():
    corpus = analysis.load_corpus("seeds")
    model = analysis.fit_topics(corpus, n_topics=3, random_state=0)
    ru = set(model.topic_terms().query("lang == 'ru'")["term"])
    assert "голосование" in ru or "выборы" in ru
    assert not {"голосования", "выборах"} & ru


def test_indonesian_place_names_lose_a_look_alike_affix():
    """The known limit documented in analysis.text.lemmas: terms are lemmatised
    case-folded, so a place name that looks affixed is reduced like a common word; word
    forms (lemmatize=False) keep it. If this starts failing, update that docstring."""
    assert lemma("kediri", "id") == "diri"
    assert lemma("bekasi", "id") == "bekas"
    assert lemma("pekalongan", "id") == "kalong"
    forms = analysis.term_frequencies(["Kediri dan Bekasi"], lemmatize=False, top_n=None)
    assert {"kediri", "bekasi"} <= set(forms["term"])
