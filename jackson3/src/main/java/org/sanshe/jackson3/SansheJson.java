package org.sanshe.jackson3;

import java.util.Locale;
import java.util.Objects;
import org.sanshe.core.error.DocumentError;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.ProblemDetails;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.jackson3.core.PersonalData;
import org.sanshe.jackson3.core.SansheCoreModule;
import org.sanshe.jackson3.deliberation.SansheDeliberationModule;
import org.sanshe.jackson3.internal.Values;
import org.sanshe.jackson3.timebank.SansheTimeBankModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson 3 mappers for Sanshe, and the translation of Jackson's read failures into
 * Sanshe's coded errors.
 *
 * <p>A mapper from {@link #builder()} has the three Sanshe modules (with the chosen {@link
 * PersonalData} mode; masked by default), no default typing, unknown properties refused, trailing
 * tokens refused, and limits on nesting depth, document length, string length and number length
 * ({@link StreamReadConstraints}). Nothing of it touches how other types are written ({@code
 * java.time} stays Jackson 3's own). To add your modules and features, start from {@link
 * Builder#mapperBuilder()}. To add Sanshe to your own builder, add the modules or call {@code
 * findAndAddModules()}: Jackson 3 keeps the last module added explicitly under one id (a module's
 * dependencies only fill gaps), so add a {@link PersonalData#FULL} module after calling {@code
 * findAndAddModules()}.
 *
 * <p>Stateless; builders are not thread-safe, the mappers they build are once configured.
 */
public final class SansheJson {

  /** The default limit on nesting depth. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default limit on a document's length, in bytes or characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The default limit on one string's length, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  /** The default limit on one number's length, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  private SansheJson() {}

  /**
   * Returns a mapper with masked personal data and the default limits.
   *
   * @return a new mapper
   */
  public static JsonMapper mapper() {
    return builder().build();
  }

  /**
   * Starts building a mapper.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a mapper; not thread-safe. */
  public static final class Builder {
    private PersonalData personalData = PersonalData.MASKED;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * Chooses how personal data is written: masked (the default) for browsers, logs and reports;
     * full only for a storage or transfer mapper.
     *
     * @param mode the mode, not null
     * @return this builder
     */
    public Builder personalData(PersonalData mode) {
      this.personalData = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the deepest nesting read.
     *
     * @param depth at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxDepth(int depth) {
      if (depth < 1) {
        throw new IllegalArgumentException("depth must be at least 1");
      }
      this.maxDepth = depth;
      return this;
    }

    /**
     * Sets the longest document read.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxDocumentLength(long length) {
      if (length < 1) {
        throw new IllegalArgumentException("length must be at least 1");
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * Sets the longest string read.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxStringLength(int length) {
      if (length < 1) {
        throw new IllegalArgumentException("length must be at least 1");
      }
      this.maxStringLength = length;
      return this;
    }

    /**
     * Builds the mapper.
     *
     * @return a new mapper
     */
    public JsonMapper build() {
      JsonFactory factory =
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(maxDepth)
                      .maxDocumentLength(maxDocumentLength)
                      .maxStringLength(maxStringLength)
                      .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
                      .build())
              .build();
      return builder(factory).build();
    }

    /**
     * Returns a mapper builder with the Sanshe modules and settings, for an application to add its
     * own modules and features to before building (Jackson 3 mappers are immutable).
     *
     * @return a new builder
     */
    public JsonMapper.Builder mapperBuilder() {
      return builder(factory());
    }

    private JsonFactory factory() {
      return JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(maxDepth)
                  .maxDocumentLength(maxDocumentLength)
                  .maxStringLength(maxStringLength)
                  .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
                  .build())
          .build();
    }

    private JsonMapper.Builder builder(JsonFactory factory) {
      return JsonMapper.builder(factory)
          .addModule(new SansheCoreModule(personalData))
          .addModule(new SansheTimeBankModule())
          .addModule(new SansheDeliberationModule(personalData))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
  }

  /**
   * Translates a failure of reading JSON into Sanshe's coded error: the Sanshe error inside it when
   * there is one (a bad credit code reads as {@code USCC_CHECK_CHARACTER}), else a {@link
   * DocumentError}; always with the path of the field ({@code "members[2].uscc"}) and never with
   * the value read.
   *
   * @param failure the failure thrown by {@code readValue}, not null
   * @return an exception with exactly one problem
   */
  public static InvalidInputException toException(JacksonException failure) {
    Objects.requireNonNull(failure, "failure");
    String path = failure instanceof DatabindException m ? path(m) : "";
    if (path.isEmpty()) {
      path = streamPath(failure);
    }
    SansheException cause = Values.sansheCause(failure);
    Problems.Builder problems = Problems.builder();
    if (cause != null) {
      problems.add(path, cause);
    } else {
      SansheException error = documentError(failure, path);
      String where =
          error.errorCode() == DocumentError.DOCUMENT_FIELD_MISSING
              ? String.valueOf(error.arguments().get(0))
              : path;
      problems.add(Problem.of(where, error));
    }
    return new InvalidInputException(problems.build());
  }

  /**
   * Builds the RFC 9457 problem document of a read failure, in a reader's language: the code,
   * status and detail of the one problem found, which {@code problems} lists with its path.
   *
   * @param failure the failure, not null
   * @param locale the request's locale, not null
   * @return the document
   */
  public static ProblemDetails problem(JacksonException failure, Locale locale) {
    InvalidInputException e = toException(failure);
    Problem first = e.problems().all().get(0);
    ProblemDetails whole = ProblemDetails.of(e, locale);
    return new ProblemDetails(
        ProblemDetails.TYPE_PREFIX + first.code(),
        first.errorCode().category().title(locale),
        first.errorCode().httpStatus(),
        first.message(locale),
        first.code(),
        whole.problems());
  }

  private static SansheException documentError(JacksonException outer, String path) {
    String where = path.isEmpty() ? "$" : path;
    JacksonException failure = outer;
    for (Throwable t = outer.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JacksonException stream && !(t instanceof DatabindException)) {
        failure = stream;
        break;
      }
    }
    if (failure instanceof StreamConstraintsException) {
      String text = String.valueOf(failure.getOriginalMessage());
      return text.contains("depth")
          ? new SansheException(
              DocumentError.DOCUMENT_TOO_DEEP,
              failure.processor() instanceof JsonParser p
                  ? p.streamReadConstraints().getMaxNestingDepth()
                  : DEFAULT_MAX_DEPTH)
          : new SansheException(DocumentError.DOCUMENT_TOO_LARGE);
    }
    boolean trailing =
        failure instanceof MismatchedInputException
            && String.valueOf(failure.getOriginalMessage()).startsWith("Trailing token");
    if (failure instanceof tools.jackson.core.exc.StreamReadException || trailing) {
      TokenStreamLocation at = failure.getLocation();
      return new SansheException(
          DocumentError.DOCUMENT_SYNTAX,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr());
    }
    if (failure instanceof UnrecognizedPropertyException) {
      return new SansheException(DocumentError.DOCUMENT_UNKNOWN_FIELD, where);
    }
    if (failure instanceof ValueInstantiationException v
        && v.getCause() instanceof NullPointerException npe) {
      String field = npe.getMessage() == null ? "" : npe.getMessage();
      return new SansheException(
          DocumentError.DOCUMENT_FIELD_MISSING, path.isEmpty() ? field : path + "." + field);
    }
    if (failure instanceof InvalidFormatException
        || failure instanceof ValueInstantiationException) {
      return new SansheException(DocumentError.DOCUMENT_VALUE_INVALID, where);
    }
    if (failure instanceof MismatchedInputException) {
      return new SansheException(DocumentError.DOCUMENT_WRONG_TYPE, where);
    }
    return new SansheException(DocumentError.DOCUMENT_VALUE_INVALID, where);
  }

  /** The path of a stream failure, from the parser's context where the failure happened. */
  private static String streamPath(JacksonException failure) {
    if (!(failure.processor() instanceof JsonParser p)) {
      return "";
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (TokenStreamContext c = p.streamReadContext();
        c != null && !c.inRoot();
        c = c.getParent()) {
      if (c.inArray()) {
        parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.currentName() != null) {
        parts.addFirst("." + c.currentName());
      }
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  private static String path(DatabindException failure) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference r : failure.getPath()) {
      if (r.getPropertyName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
