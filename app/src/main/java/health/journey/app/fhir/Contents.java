package health.journey.app.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of a document (a bundle's entries, or one resource) and how references between them
 * resolve, as the FHIR R4 rules for bundles say: by {@code fullUrl}, by a relative reference
 * against the base of the entry that holds it, by {@code urn:uuid:}, and to contained resources.
 */
final class Contents {

  /**
   * One resource of the document.
   *
   * @param index its entry's index in the bundle (0 for a resource on its own)
   * @param fullUrl its entry's fullUrl, if given
   * @param resource the resource
   * @param path where it is, as a FHIRPath expression ({@code Bundle.entry[3].resource})
   */
  record Entry(int index, String fullUrl, Resource resource, String path) {

    String type() {
      return resource.fhirType();
    }

    /** How the entry names itself in answers: its fullUrl, else Type/id, else its place. */
    String label() {
      if (fullUrl != null) {
        return fullUrl;
      }
      String id = resource.getIdElement().getIdPart();
      return id != null ? type() + "/" + id : path;
    }

    /** The base URL its relative references resolve against, when its fullUrl is RESTful. */
    Optional<String> base() {
      if (fullUrl == null || !(fullUrl.startsWith("http://") || fullUrl.startsWith("https://"))) {
        return Optional.empty();
      }
      String tail = "/" + type() + "/";
      int at = fullUrl.lastIndexOf(tail);
      return at < 0 ? Optional.empty() : Optional.of(fullUrl.substring(0, at + 1));
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byUrl = new HashMap<>();
  private final Map<String, Entry> byTypeAndId = new HashMap<>();
  private final Bundle bundle;

  private Contents(List<Entry> entries, Bundle bundle) {
    this.entries = List.copyOf(entries);
    this.bundle = bundle;
    for (Entry entry : entries) {
      if (entry.fullUrl() != null) {
        byUrl.putIfAbsent(entry.fullUrl(), entry);
      }
      String id = entry.resource().getIdElement().getIdPart();
      if (id != null) {
        byTypeAndId.putIfAbsent(entry.type() + "/" + id, entry);
      }
    }
  }

  static Contents of(Resource root) {
    List<Entry> entries = new ArrayList<>();
    if (root instanceof Bundle bundle) {
      for (int i = 0; i < bundle.getEntry().size(); i++) {
        Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
        if (entry.hasResource()) {
          entries.add(
              new Entry(
                  i,
                  entry.hasFullUrl() ? entry.getFullUrl() : null,
                  entry.getResource(),
                  "Bundle.entry[" + i + "].resource"));
        }
      }
      return new Contents(entries, bundle);
    }
    entries.add(new Entry(0, null, root, root.fhirType()));
    return new Contents(entries, null);
  }

  List<Entry> entries() {
    return entries;
  }

  Optional<Bundle> bundle() {
    return Optional.ofNullable(bundle);
  }

  /** The resource {@code reference} (made in {@code from}) names within the document, if any. */
  Optional<Resource> resolve(Reference reference, Entry from) {
    if (reference == null || !reference.hasReference()) {
      return Optional.empty();
    }
    String ref = withoutHistory(reference.getReference());
    if (ref.startsWith("#")) {
      if (from.resource() instanceof DomainResource domain) {
        String id = ref.substring(1);
        return domain.getContained().stream()
            .filter(c -> id.equals(c.getIdElement().getIdPart()))
            .findFirst();
      }
      return Optional.empty();
    }
    Entry exact = byUrl.get(ref);
    if (exact != null) {
      return Optional.of(exact.resource());
    }
    if (!isAbsolute(ref)) {
      Optional<String> base = from.base();
      if (base.isPresent()) {
        Entry against = byUrl.get(base.get() + ref);
        if (against != null) {
          return Optional.of(against.resource());
        }
      }
      Entry byId = byTypeAndId.get(ref);
      if (byId != null && (byId.fullUrl() == null || base.isEmpty() || byId.base().equals(base))) {
        return Optional.of(byId.resource());
      }
    }
    return Optional.empty();
  }

  /** The entry that holds {@code resource}, if it is one of the document's own entries. */
  Optional<Entry> entryOf(Resource resource) {
    return entries.stream().filter(e -> e.resource() == resource).findFirst();
  }

  /**
   * {@code reference} as an absolute literal reference, resolved against the base of the entry that
   * makes it when it is relative; relative when there is no base to resolve it against.
   */
  static String absolute(String reference, Entry from) {
    String ref = withoutHistory(reference);
    if (isAbsolute(ref)) {
      return ref;
    }
    return from.base().map(base -> base + ref).orElse(ref);
  }

  static boolean isAbsolute(String reference) {
    return reference.startsWith("urn:") || reference.contains("://");
  }

  private static String withoutHistory(String reference) {
    int history = reference.indexOf("/_history/");
    return history < 0 ? reference : reference.substring(0, history);
  }
}
