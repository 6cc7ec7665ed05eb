package health.journey.command.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrases and patterns {@link ForbiddenClaims} refuses, grouped by category, each category
 * naming the rule it comes from, plus the phrases it lets through although they contain a claim
 * word (根治术 is surgery, not a promise).
 *
 * <p>The shipped dictionary is {@link #defaults()}, read from {@code content/forbidden-claims.txt};
 * that file documents the format and cites the articles. A product adds to it, or replaces it, at
 * construction:
 *
 * <pre>{@code
 * ClaimDictionary dictionary =
 *     ClaimDictionary.defaults().toBuilder()
 *         .extraPhrase("七天瘦十斤")          // refused as a configured phrase
 *         .phrase("guaranteed-cure", "一次断根")  // refused under an existing category
 *         .allow("根治性放疗")                 // never refused
 *         .addAll(textInTheFileFormat)        // whole categories, patterns, allowed phrases
 *         .build();
 * ForbiddenClaims policy = new ForbiddenClaims(dictionary);
 * }</pre>
 *
 * Phrases are written as a person writes them: they are normalised like the checked text, so one
 * spelling catches the full-width, Traditional, spaced-out and numeral variants. Patterns are
 * regular expressions over the normalised text; see the file for the two placeholders.
 */
public final class ClaimDictionary {

  /** The category given to phrases added with {@link Builder#extraPhrase}. */
  public static final String CONFIGURED = "configured";

  private static final String DEFAULT_RESOURCE = "/content/forbidden-claims.txt";
  private static final String ALLOW_SECTION = "allow";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /**
   * A kind of forbidden claim: its id, its name in Chinese and English, and the rule it comes from
   * in Chinese and English, as shown to the person whose text is refused.
   */
  public record Category(String id, String nameZh, String nameEn, String basisZh, String basisEn) {
    public Category {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(nameEn, "nameEn");
      Objects.requireNonNull(basisZh, "basisZh");
      Objects.requireNonNull(basisEn, "basisEn");
    }
  }

  /** One dictionary entry: a phrase, or a named pattern. */
  record Entry(Category category, String form, String source, boolean pattern) {}

  private final List<Category> categories;
  private final List<Entry> entries;
  private final List<String> allowed;

  private ClaimDictionary(List<Category> categories, List<Entry> entries, List<String> allowed) {
    this.categories = List.copyOf(categories);
    this.entries = List.copyOf(entries);
    this.allowed = List.copyOf(allowed);
  }

  /** The shipped dictionary. */
  public static ClaimDictionary defaults() {
    return Defaults.DICTIONARY;
  }

  /** A dictionary read from text in the format of {@code content/forbidden-claims.txt}. */
  public static ClaimDictionary parse(String text) {
    return builder().addAll(text).build();
  }

  /** An empty dictionary to build on. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this dictionary's categories, entries and allowed phrases. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    categories.forEach(c -> builder.categories.put(c.id(), c));
    builder.entries.addAll(entries);
    builder.allowed.addAll(allowed);
    return builder;
  }

  /** The categories, in the order they were declared. */
  public List<Category> categories() {
    return categories;
  }

  List<Entry> entries() {
    return entries;
  }

  List<String> allowed() {
    return allowed;
  }

  /** Builds a dictionary; every method checks its input, so a mistake fails at start-up. */
  public static final class Builder {
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> allowed = new ArrayList<>();

    private Builder() {}

    /** Declares a category, or replaces the names and basis of one with the same id. */
    public Builder category(
        String id, String nameZh, String nameEn, String basisZh, String basisEn) {
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "A category id is lower-case letters, digits and dashes: " + id);
      }
      Category category = new Category(id, nameZh, nameEn, basisZh, basisEn);
      categories.put(id, category);
      entries.replaceAll(
          e ->
              e.category().id().equals(id)
                  ? new Entry(category, e.form(), e.source(), e.pattern())
                  : e);
      return this;
    }

    /** Adds a forbidden phrase to a declared category. */
    public Builder phrase(String categoryId, String phrase) {
      requirePhrase(phrase, "phrase");
      entries.add(new Entry(category(categoryId), phrase.strip(), phrase.strip(), false));
      return this;
    }

    /**
     * Adds a forbidden pattern to a declared category: {@code form} is what a finding reports,
     * {@code regex} a regular expression over the normalised text ({@code {数}} for any number,
     * {@code {end}} at the end for the end of a clause).
     */
    public Builder pattern(String categoryId, String form, String regex) {
      requireText(form, "pattern name");
      requireText(regex, "pattern");
      try {
        Pattern.compile(Rule.expandPattern(regex).regex());
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("Pattern " + form + " is not a regular expression", e);
      }
      entries.add(new Entry(category(categoryId), form.strip(), regex.strip(), true));
      return this;
    }

    /**
     * Adds a phrase the product forbids on its own account, under the category {@value
     * ClaimDictionary#CONFIGURED}, declared on first use.
     */
    public Builder extraPhrase(String phrase) {
      if (!categories.containsKey(CONFIGURED)) {
        category(
            CONFIGURED,
            "机构禁用的表述",
            "wording this organisation does not allow",
            "本机构内容规范",
            "this organisation's content rules");
      }
      return phrase(CONFIGURED, phrase);
    }

    /** Adds phrases the product forbids on its own account; see {@link #extraPhrase}. */
    public Builder extraPhrases(Collection<String> phrases) {
      phrases.forEach(this::extraPhrase);
      return this;
    }

    /**
     * Adds a phrase that is never refused: a finding that lies wholly inside an occurrence of it is
     * dropped.
     */
    public Builder allow(String phrase) {
      requirePhrase(phrase, "allowed phrase");
      allowed.add(phrase.strip());
      return this;
    }

    /** Adds phrases that are never refused; see {@link #allow}. */
    public Builder allowAll(Collection<String> phrases) {
      phrases.forEach(this::allow);
      return this;
    }

    /**
     * Adds everything in {@code text}, written in the format of {@code
     * content/forbidden-claims.txt}. A section for a category already declared adds to it.
     */
    public Builder addAll(String text) {
      new Reader(this).read(text);
      return this;
    }

    public ClaimDictionary build() {
      return new ClaimDictionary(List.copyOf(categories.values()), entries, allowed);
    }

    private Category category(String id) {
      Category category = categories.get(id);
      if (category == null) {
        throw new IllegalArgumentException("No category " + id + " has been declared");
      }
      return category;
    }

    private static void requireText(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("A " + what + " must not be empty");
      }
    }

    private static void requirePhrase(String value, String what) {
      requireText(value, what);
      if (NormalisedText.of(value).length() == 0) {
        // It would match nothing: only letters and digits are compared.
        throw new IllegalArgumentException(
            "The " + what + " " + value + " has no letters or digits");
      }
    }
  }

  /** Reads the line format, one section at a time. */
  private static final class Reader {
    private final Builder builder;
    private String section;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String[]> pending = new ArrayList<>();
    private int sectionLine;

    Reader(Builder builder) {
      this.builder = builder;
    }

    void read(String text) {
      String[] lines = text.split("\\R", -1);
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        readLine(line, n + 1);
      }
      endSection();
    }

    private void readLine(String line, int number) {
      if (line.startsWith("[") && line.endsWith("]")) {
        endSection();
        section = line.substring(1, line.length() - 1).strip();
        sectionLine = number;
        return;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("Line " + number + ": expected key = value: " + line);
      }
      if (section == null) {
        throw new IllegalArgumentException(
            "Line " + number + ": an entry comes before any [section]");
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (key.startsWith("pattern ") || key.equals("phrase")) {
        pending.add(new String[] {key, value, String.valueOf(number)});
      } else if (key.equals("zh")
          || key.equals("en")
          || key.equals("basis")
          || key.equals("basis-en")) {
        fields.put(key, value);
      } else {
        throw new IllegalArgumentException("Line " + number + ": unknown key " + key);
      }
    }

    private void endSection() {
      if (section == null) {
        return;
      }
      if (section.equals(ALLOW_SECTION)) {
        for (String[] entry : pending) {
          if (!entry[0].equals("phrase")) {
            throw new IllegalArgumentException("Line " + entry[2] + ": [allow] holds phrases only");
          }
          builder.allow(entry[1]);
        }
      } else {
        declare();
        for (String[] entry : pending) {
          try {
            if (entry[0].equals("phrase")) {
              builder.phrase(section, entry[1]);
            } else {
              builder.pattern(section, entry[0].substring("pattern ".length()), entry[1]);
            }
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + entry[2] + ": " + e.getMessage(), e);
          }
        }
      }
      section = null;
      fields.clear();
      pending.clear();
    }

    private void declare() {
      boolean known = builder.categories.containsKey(section);
      if (fields.isEmpty() && known) {
        return; // a section that only adds entries to a category declared before
      }
      for (String key : List.of("zh", "en", "basis", "basis-en")) {
        if (!fields.containsKey(key)) {
          throw new IllegalArgumentException(
              "Line " + sectionLine + ": category " + section + " has no " + key);
        }
      }
      builder.category(
          section, fields.get("zh"), fields.get("en"), fields.get("basis"), fields.get("basis-en"));
    }
  }

  /** The shipped dictionary, read once. */
  private static final class Defaults {
    static final ClaimDictionary DICTIONARY = load();

    private static ClaimDictionary load() {
      try (InputStream in = ClaimDictionary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "The default dictionary " + DEFAULT_RESOURCE + " is missing");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
