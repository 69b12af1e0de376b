"""Sentence-scorer weights; regenerate with `python -m bench.train_summarizer`.

Trained on all 750 articles of IndoSum dev.01 (logistic regression on the
gold extractive labels, features from digest.summarize.sentence_features)."""

FEATURE_NAMES: tuple[str, ...] = (
    "first_sentence",
    "second_sentence",
    "third_sentence",
    "fourth_sentence",
    "fifth_sentence",
    "sixth_sentence",
    "seventh_sentence",
    "eighth_sentence",
    "relative_position",
    "first_paragraph",
    "second_paragraph",
    "third_paragraph",
    "opens_paragraph",
    "log_length",
    "short",
    "long",
    "starts_in_quote",
    "has_quote_marks",
    "quote_in_lead",
    "said_verb",
    "dateline",
    "has_digit",
    "furniture",
    "question_or_exclamation",
    "ends_with_colon",
    "headline_overlap",
    "headline_overlap_in_lead",
    "centrality",
    "lead_similarity",
    "dangling_start",
    "log_sentence_count",
)

BIAS: float = +0.0000
WEIGHTS: tuple[float, ...] = (
    +1.1559,  # first_sentence
    +1.2865,  # second_sentence
    +1.2503,  # third_sentence
    +1.0760,  # fourth_sentence
    +0.7663,  # fifth_sentence
    +0.6821,  # sixth_sentence
    +0.6027,  # seventh_sentence
    +0.2365,  # eighth_sentence
    -1.2286,  # relative_position
    +0.9072,  # first_paragraph
    +0.8547,  # second_paragraph
    +0.5527,  # third_paragraph
    +0.0694,  # opens_paragraph
    +1.1290,  # log_length
    +0.0664,  # short
    -0.2110,  # long
    -1.5672,  # starts_in_quote
    -0.2194,  # has_quote_marks
    +0.4257,  # quote_in_lead
    +0.1334,  # said_verb
    +0.0930,  # dateline
    +0.0561,  # has_digit
    +0.0980,  # furniture
    -0.7639,  # question_or_exclamation
    -0.0243,  # ends_with_colon
    +1.3298,  # headline_overlap
    -0.7654,  # headline_overlap_in_lead
    +0.1455,  # centrality
    -0.1830,  # lead_similarity
    +0.0570,  # dangling_start
    -0.0000,  # log_sentence_count
)
