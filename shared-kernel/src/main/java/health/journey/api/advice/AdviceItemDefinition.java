package health.journey.api.advice;

import health.journey.api.InvalidInput;
import health.journey.api.tagging.Tag;
import java.util.HashSet;
import java.util.List;

/**
 * An advice item (饮食/运动/心理健康建议): what it says to the patient, in Chinese, the tags it is given for
 * (a rule: a patient with any of them gets it), and the guideline it follows.
 *
 * @param code the item's code, stable across versions
 * @param category what it is about
 * @param title a short title
 * @param text what it says (no absolute or guaranteed-cure claims: refused when it has one)
 * @param forTags the tags it is given for; empty for an item given only by hand
 * @param source the guideline it follows
 */
public record AdviceItemDefinition(
    String code,
    AdviceCategory category,
    String title,
    String text,
    List<String> forTags,
    String source) {

  public AdviceItemDefinition {
    code = InvalidInput.requireName(code, "code", 64);
    InvalidInput.require(category != null, "category", "category is required");
    title = InvalidInput.requireText(title, "title", 100);
    text = InvalidInput.requireText(text, "text", 2000);
    forTags = forTags == null ? List.of() : forTags.stream().map(Tag::require).toList();
    InvalidInput.require(forTags.size() <= 20, "forTags", "at most 20 tags");
    InvalidInput.require(
        forTags.stream().allMatch(new HashSet<>()::add), "forTags", "a tag is given twice");
    source = InvalidInput.requireText(source, "source", 1000);
  }
}
