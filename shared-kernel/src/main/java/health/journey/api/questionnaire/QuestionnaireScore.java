package health.journey.api.questionnaire;

import java.util.List;

/**
 * What the product computed from a patient's answers (never the total a document states): the
 * total, its band, the flags single items raised, and the total the document stated, if it stated
 * one, with whether it disagrees.
 *
 * @param total the sum of the points of the scored questions (null for an unscored form)
 * @param bandCode the band the total falls in (e.g. MODERATE), if the questionnaire has bands
 * @param bandLabel the band in English
 * @param bandLabelZh the band in Chinese
 * @param flags what single items raised
 * @param statedTotal the total the document stated, if any
 * @param statedTotalDisagrees whether the stated total differs from the computed one
 */
public record QuestionnaireScore(
    Integer total,
    String bandCode,
    String bandLabel,
    String bandLabelZh,
    List<AnswerFlag> flags,
    Integer statedTotal,
    boolean statedTotalDisagrees) {}
