/**
 * Content policies for health text: what advice and outgoing messages must not say.
 *
 * <p>{@link health.journey.command.content.ForbiddenClaims} is the policy "health content carries
 * no absolute or guaranteed-cure claims"; it reads its phrases and patterns from a {@link
 * health.journey.command.content.ClaimDictionary}. To configure it, start from the shipped
 * dictionary and add to it at construction:
 *
 * <pre>{@code
 * new ForbiddenClaims(
 *     ClaimDictionary.defaults().toBuilder()
 *         .extraPhrases(List.of("七天瘦十斤", "排毒养颜"))  // forbidden on this organisation's account
 *         .allowAll(List.of("根治性放疗"))               // never refused
 *         .build());
 * }</pre>
 *
 * Whole categories, patterns and allowed phrases can be given as text in the format of {@code
 * content/forbidden-claims.txt} with {@code ClaimDictionary.Builder.addAll(String)}, or a complete
 * replacement with {@code ClaimDictionary.parse(String)}.
 */
package health.journey.command.content;
