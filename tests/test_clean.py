"""Cleaning: noise lines go, every real sentence stays (own fixtures, the seed and the dev corpus)."""
from __future__ import annotations

import json
import re

import pytest

from frontierwatch.clean import classify_lines, clean_document, clean_text, line_noise, load_lexicon
from frontierwatch.records import Document

MUST_GO = [
    "icon-whatsapp icon-facebook icon-telegram",
    "icon-email icon-linkedin icon-twitter icon-facebook",
    "Share on: WhatsApp | Email | Facebook | X",
    "Share: Telegram | Email | Facebook",
    "author image",
    "Author Image",
    "By Staff Reporter",
    "By Imran Example | Published May 2, 2024 | Last updated May 2, 2024 06:10pm",
    "Also Read: Traders protest against new road tolls",
    "ALSO READ: Traders protest against new road tolls",
    "READ MORE: Ministers meet to discuss wheat prices",
    "Read more",
    "More to follow",
    "More to follow.",
    "QWRTZPLKMNBVCX",
    "Talibab",
    "Taliban",
    "Thu Sep 25 2025",
    "Posted October 2, 2023",
    "12 March 2024 08:15",
    "Security Forces, Border, Trade, Refugees, United Nations,",
    "Police | Attack | Quetta | Investigation",
    "Tags: Border | Trade | Customs",
    "FILE PHOTO: Lorries wait at the gate in 2019. ©Example Agency",
    "Lorries wait at the crossing on a winter morning. — Reuters/File",
    "Shoppers walk past a closed market in the old city [Jane Example/AFP]",
    "Residents gather outside the hospital (AP Photo/John Example)",
    "Photo: Lorries queue at the crossing before dawn.",
    "The crossing on a busy day. Archive photo.",
    "Click here for the full report",
    "Be the first to comment.",
    "This report appeared in Example Daily on March 3rd, 2024",
    "-->",
    "Frontier Courier | logo",
    "Daily Ledger logo",
    "E-Paper | 4 February 2023",
    "Print edition | 4 February 2023",
    "Nadia Example",
    "Reporting by Omar Example; Editing by Lee Example",
    "Updated 5 minutes ago",
    "Share:",
    "Story continues below advertisement",
    "Published in Example Daily, March 3rd, 2024",
]

MUST_STAY = [
    "Two soldiers were killed when their vehicle hit a roadside bomb on Monday, officials said.",
    "Kabul has rejected the allegations.",
    "No organisation has yet owned the ambush.",
    "Security analyst Omar Example observes:",
    "“Both sides have limited options,” she said.",
    "“The border must stay open for trade.”",
    "By late evening, rescue teams had recovered eleven bodies from the rubble.",
    "• Officials say the curfew will be eased on Friday, and schools will reopen",
    "Three policemen were wounded when gunmen attacked a checkpoint near the bypass road",
    "Roads and revenue at the centre of the dispute",
    "Attack condemned by the provincial chief minister",
    "ISLAMABAD: The cabinet approved an extension of refugee registration cards until June.",
    "Shops reopened after police lifted the curfew. Traders said sales were slow. — APP",
    "Published in March, the institute's report said attacks in the province rose by a fifth over the year.",
    "Follow-up operations were launched in the area on Tuesday.",
    "Two soldiers, a policeman, three civilians killed in the blast",
]


@pytest.mark.parametrize("line", MUST_GO)
def test_clean_noise_line_goes(line: str) -> None:
    assert line_noise(line) is not None, line


@pytest.mark.parametrize("line", MUST_STAY)
def test_clean_content_line_stays(line: str) -> None:
    assert line_noise(line) is None, line


def test_clean_credit_on_a_paragraph_strips_only_the_credit() -> None:
    text = ("The talks ended without a deal. Both sides promised to meet again within a month. — Reuters")
    assert clean_text(text) == "The talks ended without a deal. Both sides promised to meet again within a month."


def test_clean_single_sentence_caption_with_credit_goes() -> None:
    assert clean_text("Lorries wait at the gate on a cold morning. — AFP/File\n\nBody sentence stays here.") == \
        "Body sentence stays here."


def test_clean_repeated_line_dropped_once() -> None:
    text = "A headline about the crossing closure today\nA headline about the crossing closure today\nThe body follows."
    assert clean_text(text).splitlines() == ["A headline about the crossing closure today", "The body follows."]


def test_clean_keeps_paragraph_breaks_and_collapses_blank_runs() -> None:
    text = "First paragraph ends here.\n\n\nicon-facebook icon-twitter\n\n\nSecond paragraph ends here.\n\n"
    assert clean_text(text) == "First paragraph ends here.\n\nSecond paragraph ends here."


def test_clean_document_sets_raw_text_and_is_idempotent() -> None:
    raw = "Title line of the report\nauthor image\nThe body sentence is kept.\nMore to follow"
    doc = clean_document(Document(id="x", text=raw))
    assert doc.raw_text == raw
    assert doc.text == "Title line of the report\nThe body sentence is kept."
    again = clean_document(doc)
    assert again.text == doc.text and again.raw_text == raw


def test_clean_fixture_report(fixtures_dir) -> None:
    text = (fixtures_dir / "ingest" / "report.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text)
    for noise in ("author image", "icon-", "KQZXWVBNMRTL", "Wed Mar 6 2024", "Nadia Example", "Trade, Border"):
        assert noise not in cleaned
    assert "met at the crossing on Wednesday" in cleaned
    assert "while a joint committee reviews them" in cleaned


def test_clean_lexicon_loads_and_has_every_kind() -> None:
    lex = load_lexicon()
    assert lex.exact and lex.prefixes and lex.regexes and lex.suffixes and "whatsapp" in lex.share_tokens


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 12]


def test_clean_seed_keeps_every_paragraph_and_drops_noise(shared_dir) -> None:
    seed = shared_dir / "seeds" / "000_5f65102a985eecf8.txt"
    if not seed.exists():
        pytest.skip("seed text absent")
    raw = seed.read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    for para in _paragraphs(raw):
        assert para in cleaned, para[:60]
    for line in raw.splitlines():
        if re.search(r"[.:?!”\"]$", line.strip()):
            assert line.strip() in cleaned, line  # every sentence-like line, short ones too
    kept = set(cleaned.splitlines())
    dropped = [ln.strip() for ln in raw.splitlines() if ln.strip() and ln.strip() not in kept]
    # what went are the page-noise lines: all short, none a sentence
    assert dropped and all(len(ln.split()) <= 8 and not ln.endswith(".") for ln in dropped), dropped
    for noise in ("icon-facebook", "author image"):
        assert noise not in cleaned
    assert not re.search(r"^[A-Z]{10,}$", cleaned, re.MULTILINE)  # the junk token
    assert not re.search(r"^\w+ \w+ \d{1,2} \d{4}$", cleaned, re.MULTILINE)  # the date line
    assert not any(ln.count(",") >= 3 and len(ln.split()) < 10 for ln in cleaned.splitlines())  # keyword line


def test_clean_dev_corpus_never_drops_a_full_stop_sentence(shared_dir) -> None:
    docs = sorted((shared_dir / "corpus" / "dev" / "docs").glob("*.json"))
    if not docs:
        pytest.skip("dev corpus absent")
    lexicon_only = set()
    for path in docs:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        cleaned = clean_text(text)
        for line, reason in classify_lines(text):
            if reason is None or not re.search(r"\.[\"'”’]?$", line.strip()):
                continue
            if reason == "repeated line":
                assert line.strip() in cleaned
                continue
            # only an explicit vocabulary rule may drop a line ending in a full stop, and only a short one
            assert reason in {"photo caption", "comments prompt", "more to follow"}, (path.name, reason, line)
            assert len(line.split()) <= 8, (path.name, line)
            lexicon_only.add(line)
    assert len(lexicon_only) <= 5
