"""Deterministic synthetic newsroom data: registers, sources, votes and articles of any size.

Everything comes from one seeded random generator, so every run (and every
machine) benchmarks the same data.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import yaml

GIVEN = [
    "Anna",
    "Boris",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Greta",
    "Hassan",
    "Irene",
    "Jonas",
    "Karim",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Petra",
    "Rafael",
    "Sara",
    "Tomas",
    "Ursula",
    "Viktor",
    "Yara",
    "Zoran",
    "Ilan",
]
SYLLABLES = [
    "ber",
    "ka",
    "lo",
    "mi",
    "ran",
    "sto",
    "vi",
    "den",
    "gal",
    "har",
    "tze",
    "mon",
    "dro",
    "fel",
    "qui",
    "nes",
    "pol",
    "ru",
    "sha",
    "tor",
    "ul",
    "wen",
    "xa",
    "yev",
]
TITLES = [
    "Foreign Minister",
    "Defense Minister",
    "Finance Minister",
    "Prime Minister",
    "President",
    "National Security Advisor",
    "Justice Minister",
    "Interior Minister",
    "Ambassador",
    "Governor",
]
NATIONS = [
    ("Israeli", "Israel"),
    ("French", "France"),
    ("German", "Germany"),
    ("Polish", "Poland"),
    ("Egyptian", "Egypt"),
    ("Canadian", "Canada"),
    ("Brazilian", "Brazil"),
    ("Kenyan", "Kenya"),
]
BODIES = ["UN Security Council", "UN General Assembly", "Senate", "National Assembly", "Knesset", "Bundestag"]
TOPICS = ["ceasefire", "budget", "border funding", "climate", "trade", "judicial", "energy", "housing"]


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def people(count: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    register = []
    for number in range(count):
        name = f"{rng.choice(GIVEN)} {surname(rng)}{number % 97 or ''}"
        nation = rng.choice(NATIONS)[1]
        start = 2000 + rng.randint(0, 22)
        roles = [
            {"title": rng.choice(TITLES), "org": nation, "from": f"{start}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
        ]
        if rng.random() < 0.5:
            roles[0]["until"] = f"{start + rng.randint(1, 4)}-12-31"
        entry = {"name": name, "roles": roles}
        if rng.random() < 0.3:
            entry["aliases"] = [name.replace(" ", " A. ")]
        register.append(entry)
    # Random names repeat: namesakes, which a register tells apart with a disambiguation note.
    repeated = {name for name, times in Counter(entry["name"] for entry in register).items() if times > 1}
    for number, entry in enumerate(register):
        if entry["name"] in repeated:
            entry["disambiguation"] = f"register entry {number}"
    return register


def sources(count: int, names: list[str], seed: int = 2) -> list[dict]:
    rng = random.Random(seed)
    return [
        {
            "id": f"src-{number:06d}",
            "title": f"{rng.choice(names)} on the {rng.choice(TOPICS)} plan",
            "publisher": rng.choice(["Reuters", "AP", "AFP", "United Nations", "Ministry of Finance"]),
            "date": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "excerpts": [sentence(rng, names) for _ in range(2)],
        }
        for number in range(count)
    ]


def votes(count: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for number in range(count):
        in_favour = rng.randint(20, 300)
        out.append(
            {
                "id": f"vote-{number:05d}",
                "body": rng.choice(BODIES),
                "date": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                "measure": f"Resolution {1000 + number} on the {rng.choice(TOPICS)} plan",
                "outcome": "adopted",
                "tally": {"for": in_favour, "against": rng.randint(0, in_favour - 1), "abstain": rng.randint(0, 9)},
                "positions": {rng.choice(NATIONS)[1]: rng.choice(["for", "against", "abstain"])},
            }
        )
        tally, (stance,) = out[-1]["tally"], out[-1]["positions"].values()
        tally[stance] = max(tally[stance], 1)  # the member named with a vote is counted in the tally
    return out


def sentence(rng: random.Random, names: list[str]) -> str:
    name = rng.choice(names)
    adjective, nation = rng.choice(NATIONS)
    topic = rng.choice(TOPICS)
    patterns = [
        f"{adjective} {rng.choice(TITLES)} {name} said the {topic} plan would cost about "
        f"${rng.randint(2, 90)} billion.",
        f"The {rng.choice(BODIES)} adopted the {topic} resolution by {rng.randint(40, 99)} votes in favour to "
        f"{rng.randint(1, 39)} against.",
        f"{name}, the {adjective} {rng.choice(TITLES).lower()}, met officials in "
        f"Geneva on March {rng.randint(1, 28)}, 2024.",
        f"Officials said almost {rng.choice(['two', 'six', 'ten', 'twelve'])} months of talks had produced no deal.",
        f"\u201cWe will not accept this {topic} plan,\u201d {name} told reporters.",
        f"{nation} abstained on the {topic} resolution, while {rng.randint(3, 14)} members voted for it.",
        f"The report found that {rng.randint(5, 95)} percent of residents opposed the {topic} measure.",
    ]
    return rng.choice(patterns)


def article(words: int, names: list[str], seed: int = 4) -> str:
    rng = random.Random(seed)
    paragraphs, total, paragraph = [], 0, []
    while total < words:
        text = sentence(rng, names)
        paragraph.append(text)
        total += len(text.split())
        if len(paragraph) >= 4:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return "Synthetic desk article\n\n" + "\n\n".join(paragraphs) + "\n"


def write_store(folder: Path, register_size: int, source_count: int, vote_count: int, per_file: int = 2000) -> Path:
    """A store directory with files of at most `per_file` entries each, like a newsroom's."""
    folder.mkdir(parents=True, exist_ok=True)
    register = people(register_size)
    names = [entry["name"] for entry in register]
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for key, entries in (("people", register), ("sources", sources(source_count, names)), ("votes", votes(vote_count))):
        for start in range(0, len(entries), per_file):
            path = folder / f"{key}-{start // per_file:03d}.yaml"
            path.write_text(
                yaml.dump({key: entries[start : start + per_file]}, Dumper=dumper, sort_keys=False, allow_unicode=True),
                encoding="utf-8",
            )
    return folder
