#!/usr/bin/env python3
"""Regenerates the planted campaigns of texts.jsonl: keeps every hand-written line (campaign null), drops the
previously generated ones and appends each campaign's variants of its base text, made with small edits (greeting,
signature, punctuation, case, one swapped word, one typo), seeded so that a rerun gives the same lines.
Run from this folder: python3 campaigns.py"""
import json
import random

CAMPAIGNS = [
    {
        "campaign": "c1", "language": "ru", "theme": "land", "size": 40,
        "text": "Прошу закрепить в новой Конституции полный запрет на продажу и передачу в долгосрочную аренду "
                "сельскохозяйственных земель иностранным гражданам, иностранным компаниям и компаниям с "
                "иностранным участием. Земля — главное богатство нашего народа, и решение о ней не должно "
                "зависеть от того, какое правительство будет у власти через двадцать лет.",
        "swaps": [("полный запрет", "абсолютный запрет"), ("главное богатство", "главное достояние"),
                  ("через двадцать лет", "через десять лет"), ("Прошу закрепить", "Требую закрепить"),
                  ("нашего народа", "всего народа")],
        "greetings": ["Здравствуйте!", "Добрый день.", "Уважаемая комиссия!", "Добрый вечер,"],
        "signatures": ["С уважением, Айгуль.", "Ерлан, Караганда", "житель г. Костанай", "Спасибо.",
                       "Мурат С.", "Поддерживаю!"],
    },
    {
        "campaign": "c2", "language": "kk", "theme": "language", "size": 30,
        "text": "Жаңа Конституцияда қазақ тілінің мемлекеттік тіл ретіндегі мәртебесін күшейтуді сұраймын. "
                "Барлық мемлекеттік органдарда, соттарда және ресми іс-шараларда қазақ тілі бірінші тұруы керек, "
                "ал мемлекеттік қызметке тұратын әрбір адам мемлекеттік тілді білуге міндетті. Тіл — елдің тірегі.",
        "swaps": [("сұраймын", "талап етемін"), ("тірегі", "негізі"), ("әрбір адам", "әр адам"),
                  ("міндетті", "тиіс"), ("бірінші тұруы", "алдыңғы орында тұруы")],
        "greetings": ["Сәлеметсіз бе!", "Құрметті комиссия!", "Армысыздар!", "Ассалаумағалейкум."],
        "signatures": ["Құрметпен, Нұрлан.", "Айжан, Шымкент", "Рахмет.", "Ақтөбе қаласының тұрғыны",
                       "Қолдаймын!"],
    },
    {
        "campaign": "c3", "language": "ru", "theme": "local", "size": 25,
        "text": "Поддерживаю прямые выборы акимов всех уровней: сельских, районных, городских и областных. Аким "
                "должен отчитываться перед жителями, которые его выбрали, а не перед вышестоящим начальством. "
                "Прошу записать в Конституции, что акимы избираются населением на пять лет и могут быть "
                "отозваны жителями.",
        "swaps": [("Поддерживаю", "Я за"), ("вышестоящим начальством", "начальством сверху"),
                  ("на пять лет", "на четыре года"), ("Прошу записать", "Предлагаю записать")],
        "greetings": ["Здравствуйте.", "Добрый день!", "Уважаемые разработчики проекта,"],
        "signatures": ["Гульнара, Талдыкорган", "С уважением.", "Асхат", "житель Семея"],
    },
    {
        "campaign": "c4", "language": "en", "theme": "rights", "size": 22,
        "text": "I ask that the new Constitution guarantee the right to peaceful assembly without prior "
                "permission. A notification to the akimat a few days in advance should be enough, and no one "
                "should be detained or fined for taking part in a peaceful rally. This right is the foundation "
                "of a free society.",
        "swaps": [("foundation", "cornerstone"), ("I ask", "I request"), ("a few days", "three days"),
                  ("detained or fined", "arrested or fined")],
        "greetings": ["Hello,", "Dear Commission,", "Hi.", "Good afternoon."],
        "signatures": ["Regards, Dana", "- a resident of Pavlodar", "Thank you.", "Timur K.", "Sent from my phone"],
    },
]


def typo(text, rnd):
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    i = rnd.choice(candidates)
    w = words[i]
    j = rnd.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def variant(campaign, n, rnd):
    text = campaign["text"]
    if n == 0:
        return text
    if rnd.random() < 0.4:
        old, new = rnd.choice(campaign["swaps"])
        text = text.replace(old, new, 1)
    if rnd.random() < 0.3:
        text = text.replace("—", "-").replace(",", "")
    if rnd.random() < 0.2:
        text = text.rstrip(".")
    if rnd.random() < 0.15:
        text = text.lower()
    if rnd.random() < 0.15:
        text = typo(text, rnd)
    if rnd.random() < 0.5:
        text = rnd.choice(campaign["greetings"]) + " " + text
    if rnd.random() < 0.5:
        text = text + ("\n" if rnd.random() < 0.5 else " ") + rnd.choice(campaign["signatures"])
    if rnd.random() < 0.1:
        text = text.replace(". ", ".  ", 1)
    return text


def main():
    with open("texts.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = [r for r in rows if r["campaign"] is None]
    next_id = max(r["id"] for r in rows) + 1
    rnd = random.Random(14)
    for campaign in CAMPAIGNS:
        for n in range(campaign["size"]):
            rows.append({"id": next_id, "language": campaign["language"], "theme": campaign["theme"],
                         "campaign": campaign["campaign"], "text": variant(campaign, n, rnd)})
            next_id += 1
    with open("texts.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
