"""Sentences for the error codes of custom surveys' questions and responses
(models/surveys/questions.py, responses.py); ui/messages.py adds them to the rest, and
the CLI says them in Chinese through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def _answer_messages(params: dict) -> dict[str, str]:
    number, text = params.get("number", ""), str(params.get("text", ""))
    return {
        "answer_option_invalid": fill(QCoreApplication.translate(
            "SurveyQuestions", "Question %1: “%2” is not one of its options (%3)."),
            number, text, params.get("options", "")),
        "answer_rating_invalid": fill(QCoreApplication.translate(
            "SurveyQuestions", "Question %1: the rating must be a whole number from %2 to %3."),
            number, params.get("low", ""), params.get("high", "")),
        "answer_text_long": fill(QCoreApplication.translate(
            "SurveyQuestions", "Question %1: the answer is longer than %2 characters."),
            number, params.get("limit", "")),
        "answer_question_unknown": fill(QCoreApplication.translate(
            "SurveyQuestions", "The survey has no question %1 (1 to %2)."),
            text, params.get("high", "")),
        "answer_empty": QCoreApplication.translate(
            "SurveyQuestions", "The response answers no question: nothing was written."),
    }  # fmt: skip


def messages(params: dict) -> dict[str, str]:
    number, text = params.get("number", ""), str(params.get("text", ""))
    limit = params.get("limit", "")
    reason = _answer_messages(params).get(str(params.get("reason", "")), "")
    return {
        "question_text_required": fill(QCoreApplication.translate("SurveyQuestions", "Question %1 has no text."), number),
        "question_text_long": fill(QCoreApplication.translate("SurveyQuestions", "Question %1 is longer than %2 characters."), number,
                                   limit),
        "question_kind_invalid": fill(QCoreApplication.translate("SurveyQuestions", "Question %1: “%2” is not a kind of question: use "
                                          "single, multiple, rating or text."), number, text),
        "question_options_count": fill(QCoreApplication.translate("SurveyQuestions", "Question %1: a choice needs 2 to %2 options, "
                                           "separated by ; (A;B;C)."), number, limit),
        "question_option_long": fill(QCoreApplication.translate("SurveyQuestions", "Question %1: the option “%2” is longer than %3 "
                                         "characters."), number, text, limit),
        "question_option_repeat": fill(QCoreApplication.translate("SurveyQuestions", "Question %1 gives an option twice."), number),
        "question_scale_invalid": fill(QCoreApplication.translate("SurveyQuestions", "Question %1: “%2” is not a scale: write it like "
                                           "1-5 or 0-10."), number, text),
        "question_text_repeat": fill(QCoreApplication.translate("SurveyQuestions", "Question %1 is asked twice."), number),
        "questions_many": fill(QCoreApplication.translate("SurveyQuestions", "A survey has at most %1 questions."), limit),
        "questions_required": QCoreApplication.translate("SurveyQuestions", "Give the survey's questions (--question)."),
        "questions_not_custom": QCoreApplication.translate("SurveyQuestions", "Questions are for a survey of type custom."),
        "survey_not_custom": QCoreApplication.translate("SurveyQuestions", "This survey has no questions: answer it with a score."),
        "answer_score_custom": QCoreApplication.translate("SurveyQuestions", "This survey asks questions: answer them with "
                                   "--answer N=VALUE."),
        "answer_score_required": QCoreApplication.translate("SurveyQuestions", "Give the score (--score N)."),
        "answer_pair_invalid": fill(QCoreApplication.translate("SurveyQuestions", "“%1” is not N=VALUE."), text),
        "survey_custom_import": QCoreApplication.translate(
            "SurveyQuestions", "This survey asks its own questions: import its answers with "
            "guanjia surveys import ID FILE (the file's columns must be its questions)."),
        "response_not_found": QCoreApplication.translate("SurveyQuestions", "This response no longer exists."),
        "survey_columns_mismatch": fill(QCoreApplication.translate("SurveyQuestions", "The file's columns are not the survey's questions: "
                                            "missing %1; extra %2. Nothing was imported."),
                                        params.get("missing") or QCoreApplication.translate("SurveyQuestions", "none"),
                                        params.get("extra") or QCoreApplication.translate("SurveyQuestions", "none")),
        "survey_row_invalid": fill(QCoreApplication.translate("SurveyQuestions", "Row %1 of the file: %2 Nothing was imported."),
                                   params.get("row", ""), reason),
        **_answer_messages(params),
    }  # fmt: skip
