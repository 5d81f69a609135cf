"""Quotes: marks, attribution before/after/inside the marks, speaker resolution, scare quotes, speed."""
from __future__ import annotations

import time

import pytest

from frontierwatch.extract.quotes import extract_quotes, find_quote_spans
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document



def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = Document(id="q", text=text, published="2025-01-01")
    return [(q.speaker, q.text) for q in extract_quotes(doc, split_sentences(text))]


@pytest.mark.parametrize("text, expected", [
    # speaker after the quote, title stripped
    ("“We will not allow anyone to use our soil against a neighbour,” Interior Minister Ahmed Raza Qureshi said on Tuesday.",
     [("Ahmed Raza Qureshi", "We will not allow anyone to use our soil against a neighbour,")]),
    # "said X, the ..." with straight marks; a second quote in the paragraph keeps the speaker
    ('"We lost everything," said Gul Bibi, a widow from Bajaur. "Nobody came to help us for three days."',
     [("Gul Bibi", "We lost everything,"), ("Gul Bibi", "Nobody came to help us for three days.")]),
    # speaker before the quote; a surname resolves to the full name given earlier
    ("District Police Officer Tariq Mehmood Awan visited the site. “The attackers fled towards the hills,” Awan told reporters.",
     [("Tariq Mehmood Awan", "The attackers fled towards the hills,")]),
    # "she said" is the last named person
    ("Provincial spokesman Farida Gul condemned the blast. “This cowardly act will be avenged,” she said.",
     [("Farida Gul", "This cowardly act will be avenged,")]),
    # "according to X" and a short attributed phrase
    ("According to Dr Saima Baloch, the hospital “received 17 bodies and dozens of injured”.",
     [("Saima Baloch", "received 17 bodies and dozens of injured")]),
    ("Speaking to reporters, Senator Mushtaq Ahmad said the operation was “long overdue”.",
     [("Mushtaq Ahmad", "long overdue")]),
    # bodies: the military's media wing is ISPR; "the statement" is the body that issued it
    ("The military's media wing said: “Troops responded swiftly and the area was cleared.”",
     [("ISPR", "Troops responded swiftly and the area was cleared.")]),
    ("The Foreign Office issued a statement on Friday. “Pakistan remains committed to dialogue with Kabul,” the statement said.",
     [("Foreign Office", "Pakistan remains committed to dialogue with Kabul,")]),
    # an acronym speaker takes the full name the article gives
    ('In a message to reporters, the Lashkar-e-Islam (LeI) claimed its men had "ambushed a supply convoy" outside Bara.',
     [("Lashkar-e-Islam", "ambushed a supply convoy")]),
    # "the group" is the last armed group named
    ("The Baloch Republican Army has been active in Dera Bugti. In an email, the group said it had “destroyed two supply trucks on the highway”.",
     [("Baloch Republican Army", "destroyed two supply trucks on the highway")]),
    # "the SSP", "the prime minister": the person introduced with that title
    ("SSP Kamran Ali led the raid. “We have arrested the main suspect,” said the SSP, adding that more raids were planned.",
     [("Kamran Ali", "We have arrested the main suspect,")]),
    ("Prime Minister Shehbaz Sharif chaired the meeting. “It is a dark day for the nation,” the prime minister said.",
     [("Shehbaz Sharif", "It is a dark day for the nation,")]),
    # a quote-only paragraph after an introducing sentence
    ("Analyst Ayesha Siddiqa notes:\n\n“The state has no coherent policy on the western border.”",
     [("Ayesha Siddiqa", "The state has no coherent policy on the western border.")]),
    # an attribution left inside the closing mark is stripped and gives the speaker
    ("Senior journalist Imran Khan Wazir spoke at the event.\n\n“Peace talks must resume soon and the border must open. Wazir told the reporters”",
     [("Imran Khan Wazir", "Peace talks must resume soon and the border must open.")]),
    # a quote running over two paragraphs: one quote per paragraph (the annotation convention)
    ("“The border will stay closed until the talks conclude.\n\n“Traders have been told to wait,” said customs official Noor Zaman.",
     [("Noor Zaman", "The border will stay closed until the talks conclude."),
      ("Noor Zaman", "Traders have been told to wait,")]),
    # a generic speaker followed by the name in apposition
    ("“This is unacceptable,” the Foreign Office spokesperson, Mumtaz Zahra Baloch, told a weekly briefing.",
     [("Mumtaz Zahra Baloch", "This is unacceptable,")]),
    ("“Our children could not sleep,” said one resident, Gul Zaman.",
     [("Gul Zaman", "Our children could not sleep,")]),
    # "it added" is the body that spoke last
    ("The ISPR said in a statement that the outpost was secure. “Search teams are combing the nearby villages,” it added.",
     [("ISPR", "Search teams are combing the nearby villages,")]),
    # single curly marks around speech
    ("In a television interview, Planning Minister Sadia Karim says ‘the budget will not be cut this year’, adding that talks continue.",
     [("Sadia Karim", "the budget will not be cut this year")]),
    # "X said:" before a closed quote: the next sentence's subject is not the speaker
    ("The TTP said: “Our fighters targeted the convoy.” Analysts said the claim was exaggerated.",
     [("TTP", "Our fighters targeted the convoy.")]),
    ("The spokesman said on Monday: “We are ready.” Police said otherwise.",
     [("spokesman", "We are ready.")]),
    # office words and places between a title and the name are not part of the name
    ("“The road is open,” said Inspector General of Police Khyber Pakhtunkhwa Zulfiqar Hameed.",
     [("Zulfiqar Hameed", "The road is open,")]),
    ("Deputy Inspector General Police Quetta Ahmed Ali said: “We are on alert.”",
     [("Ahmed Ali", "We are on alert.")]),
    ("Ali Raza, Inspector General of Police Sindh, visited the site. “We are on alert,” Raza said.",
     [("Ali Raza", "We are on alert,")]),
    ("Chief Commissioner for Afghan Refugees Abbas Noor Jan visited Quetta. He said: “Every holder must renew the card.”",
     [("Abbas Noor Jan", "Every holder must renew the card.")]),
    # a role, then the name in apposition; "he said" is that person
    ('The district police chief, Waqar Hamid, said a search was on. "We will find the killers soon," he said.',
     [("Waqar Hamid", "We will find the killers soon,")]),
    ('The governor’s adviser on trade, Sardar Gul Wazir, condemned the raid and said "the sacrifices will be remembered".',
     [("Sardar Gul Wazir", "the sacrifices will be remembered")]),
    # several lower-case words before the name after the quote
    ('"The attackers were repulsed and the plan failed," provincial health department spokesman Karim Dad Mengal said.',
     [("Karim Dad Mengal", "The attackers were repulsed and the plan failed,")]),
    # "the ministry's statement" is the ministry; "it" is the body of the sentence
    ("The interior ministry set a deadline. “All holders must leave before June 30, after which removals will begin,” the ministry’s statement said.",
     [("Interior Ministry", "All holders must leave before June 30, after which removals will begin,")]),
    ("Officials said the road would reopen. On Friday, the Foreign Office lodged a protest over what it called “reckless shelling of homes”.",
     [("Foreign Office", "reckless shelling of homes")]),
    # an armed group named without a group word is found in actors.csv
    ("The Baloch Raji Aajoi Sangar issued a note. In it, the group said it had “destroyed two supply trucks on the highway”.",
     [("Baloch Raji Aajoi Sangar", "destroyed two supply trucks on the highway")]),
])
def test_extract_quotes_speaker_and_text(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text", [
    "The army launched operation “Azm-e-Istehkam” in June. The minister said operation “Azm-e-Istehkam” would continue.",
    "The report is titled “Pakistan Security Report 2024” and runs to 200 pages.",
    "The navy held its ‘Sea Shield’ drill, and two ‘key’ commanders were said to be among the dead.",
    "The “Afghan Transit Trade” accord and “border guards” were discussed.",
    # a long quoted title inside a sentence, with no speech verb, is not speech
    "Ali Khan said the army was ready. The study, “Conflict and displacement in the tribal districts of Pakistan”, found that most families had fled.",
])
def test_extract_quotes_scare_quotes_and_titles_skipped(text):
    assert _quotes(text) == []


def test_extract_quotes_apostrophes_are_not_quotes():
    assert _quotes("The province’s police chief and the traders’ union met on Monday at the district’s office.") == []


def test_extract_quotes_spans_are_linear_and_ordered():
    text = "A “b c” d ‘e f’ g \"h\"."
    spans = find_quote_spans(text, [(0, len(text))])
    assert [s.text(text) for s in spans] == ["b c", "e f", "h"]


@pytest.mark.parametrize("junk", [
    "“" * 50_000,
    "“a ” ‘b ’ \" c \" 12 per cent " * 2_000,
    "He said “a b c d e f” and " * 2_000,
    "“a b c d e f,” the ministry said. " * 1_500,
    "‘x" * 25_000,
    ", " * 25_000 + "said",
    "Aa Bb Cc Dd " * 5_000 + " said:",
    ("Officials said " + "has " * 700 + "said. ") * 17,
    "Mr Ab Cd Ef said: “x y z w v.” " * 1_500,
], ids=["open-marks", "mixed-marks", "he-said", "ministry-said", "apostrophes", "commas", "capitals",
        "auxiliaries", "titled-names"])
def test_extract_quotes_adversarial_input_is_fast(junk):
    start = time.perf_counter()
    _quotes(junk)
    assert time.perf_counter() - start < 2.0  # the budget is 1 s per document; margin for a busy machine


@pytest.mark.parametrize("text, expected", [
    # a description with the name in apposition gives the name
    ('"Our trucks have been stuck for ten days," a fruit trader, Gul Wali Khan, told reporters.',
     [("Gul Wali Khan", "Our trucks have been stuck for ten days,")]),
    ("One of the tribal elders, Haji Noor Zaman, said: “We only want the road opened again for our children.”",
     [("Haji Noor Zaman", "We only want the road opened again for our children.")]),
    # an abbreviated title finds the person introduced with the title spelt out
    ("Senior Superintendent of Police Kashif Aftab reached the spot. “We will not spare them,” the SSP said.",
     [("Kashif Aftab", "We will not spare them,")]),
    ("District police officer Saleem Riaz visited the site. “The attackers will be caught soon,” the DPO said.",
     [("Saleem Riaz", "The attackers will be caught soon,")]),
    # short fragments attributed by a speech verb are quotes of that person
    ("Interior Minister Mohsin Raza described the strike as “an act of cowardice” and vowed to respond “in phases”.",
     [("Mohsin Raza", "an act of cowardice"), ("Mohsin Raza", "in phases")]),
    # a quote running over two paragraphs is one quote per paragraph, both by the speaker
    ("Speaking at the launch, researcher Amna Rafiq said the response had been military.\n\n"
     "“The rise in the south tells us recruitment has grown among the young.\n\n"
     "“Unless talks begin with the tribes, next year will look the same,” she said.",
     [("Amna Rafiq", "The rise in the south tells us recruitment has grown among the young."),
      ("Amna Rafiq", "Unless talks begin with the tribes, next year will look the same,")]),
])
def test_extract_quotes_general_names_over_roles(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description, then the name in apposition, then a relative clause
    ('"The water came in minutes," said a farmer, Noor Jamal, who lost his crop.', "Noor Jamal"),
    # a title ("the SHO"), then the holder's name in apposition
    ('"We sealed the area at once," the SHO, Rafiq Ahmad Durrani, said.', "Rafiq Ahmad Durrani"),
    # "One <noun>, <Name>, ..., told X:" with a single-word name
    ('One shopkeeper, Zarmina, who runs a stall near the bus stand, told reporters: "Nobody warned us."',
     "Zarmina"),
])
def test_extract_quotes_apposition_after_role_or_title(text: str, expected: str) -> None:
    got = _quotes(text)
    assert got and got[0][0] == expected


def test_extract_quotes_second_quote_after_adding_that_takes_the_first_speaker() -> None:
    text = ('"Our borders are not open to terrorists," Interior Ministry spokesman Tariq Mehmood Awan told '
            'reporters, adding that Islamabad "will not tolerate any violation" of its territory.')
    assert [sp for sp, _ in _quotes(text)] == ["Tariq Mehmood Awan", "Tariq Mehmood Awan"]


@pytest.mark.parametrize("text, expected", [
    # an aside between commas ("who asked not to be named") does not hand the quote to an earlier subject
    ('Nobody owned the bombing, but a senior police official, who requested anonymity, said the device was '
     '"crudely assembled" by local men.', [("senior police official", "crudely assembled")]),
    # a description of kin, speaking through a participle, is the speaker
    ('A cousin of Zahid Mehmood, speaking from Quetta, urged the abductors to free him, saying "he is only a '
     'teacher and has no enemies".', [("cousin of Zahid Mehmood", "he is only a teacher and has no enemies")]),
    # an attribution closing the sentence names the speaker of a quote in mid-sentence
    ('Gunmen struck a checkpost in Tank on Friday, drawing a "strong reply" from the troops, officials said on Saturday.',
     [("officials", "strong reply")]),
    # "In Kabul, the ministry on Monday rejected ..., saying": the subject after the opening adverbial
    ('In Islamabad, the interior ministry on Monday rejected the report, saying that "no such order was ever issued".',
     [("interior ministry", "no such order was ever issued")]),
])
def test_extract_quotes_unseen_descriptive_speakers(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a <Name> statement said": the body named before the document word, not the last body seen
    ('The TTP denied it. A Foreign Office statement said Kabul must take "firm and visible steps" soon.',
     [("Foreign Office", "firm and visible steps")]),
    # a phrase after the quote that begins with a preposition is not a subject
    ('The spokesman claimed its fighters had mounted "reprisal strikes" against Afghan posts in return for what he '
     'described as repeated incursions.', [("spokesman", "reprisal strikes")]),
    # a quoted word glossed right after it is a term, not speech
    ('The group said it had attacked "murtads", a term it uses for apostates.', []),
])
def test_extract_quotes_unseen_bodies_subjects_and_terms(text: str, expected: list) -> None:
    assert _quotes(text) == expected
