package org.sanshe.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Locale;
import java.util.Objects;
import org.sanshe.core.error.DocumentError;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.ProblemDetails;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.jackson.core.PersonalData;
import org.sanshe.jackson.core.SansheCoreModule;
import org.sanshe.jackson.deliberation.SansheDeliberationModule;
import org.sanshe.jackson.internal.Values;
import org.sanshe.jackson.timebank.SansheTimeBankModule;

/**
 * Ready-made Jackson 2 mappers for Sanshe, and the translation of Jackson's read failures into
 * Sanshe's coded errors.
 *
 * <p>A mapper from {@link #builder()} has the three Sanshe modules (with the chosen {@link
 * PersonalData} mode; masked by default), no default typing, unknown properties refused, trailing
 * tokens refused, and limits on nesting depth, document length, string length and number length
 * ({@link StreamReadConstraints}). Nothing of it touches how other types are written: register your
 * own modules (for example {@code JavaTimeModule}) on it as usual. To add Sanshe to an existing
 * mapper, register the modules, or call {@code findAndRegisterModules()}: note that Jackson keeps
 * the first registration of a module, so register a {@link PersonalData#FULL} module before calling
 * {@code findAndRegisterModules()}.
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
  public static ObjectMapper mapper() {
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
    public ObjectMapper build() {
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
      ObjectMapper mapper = new ObjectMapper(factory);
      mapper.registerModule(new SansheCoreModule(personalData));
      mapper.registerModule(new SansheTimeBankModule());
      mapper.registerModule(new SansheDeliberationModule(personalData));
      mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      return mapper;
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
  public static InvalidInputException toException(JsonProcessingException failure) {
    Objects.requireNonNull(failure, "failure");
    String path = failure instanceof JsonMappingException m ? path(m) : "";
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
  public static ProblemDetails problem(JsonProcessingException failure, Locale locale) {
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

  private static SansheException documentError(JsonProcessingException outer, String path) {
    String where = path.isEmpty() ? "$" : path;
    JsonProcessingException failure = outer;
    for (Throwable t = outer.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JsonProcessingException stream && !(t instanceof JsonMappingException)) {
        failure = stream;
        break;
      }
    }
    if (failure instanceof StreamConstraintsException) {
      String text = String.valueOf(failure.getOriginalMessage());
      return text.contains("depth")
          ? new SansheException(
              DocumentError.DOCUMENT_TOO_DEEP,
              failure.getProcessor() instanceof JsonParser p
                  ? p.streamReadConstraints().getMaxNestingDepth()
                  : DEFAULT_MAX_DEPTH)
          : new SansheException(DocumentError.DOCUMENT_TOO_LARGE);
    }
    boolean trailing =
        failure instanceof MismatchedInputException
            && String.valueOf(failure.getOriginalMessage()).startsWith("Trailing token");
    if (failure instanceof StreamReadException || trailing) {
      JsonLocation at = failure.getLocation();
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

  /**
   * The path of a failure from the parser's context where it happened: the field being read, or the
   * object just closed when the failure is about a whole object.
   */
  private static String streamPath(JsonProcessingException failure) {
    if (!(failure.getProcessor() instanceof JsonParser p)) {
      return "";
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      }
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  private static String path(JsonMappingException failure) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : failure.getPath()) {
      if (r.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
