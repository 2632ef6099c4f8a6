package org.sanshe.core.registry.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * The body of the HSDS API's root endpoint {@code /}: the HSDS version the API serves, the URL of
 * its profile and, optionally, the URL of its OpenAPI file. Immutable and thread-safe.
 *
 * @param version the HSDS version, {@link #HSDS_VERSION} for this export
 * @param profile the absolute URL describing the HSDS profile the API follows
 * @param openapiUrl the absolute URL of the API's OpenAPI file, or null
 */
public record HsdsApiRoot(String version, String profile, String openapiUrl) {

  /** The HSDS version whose objects the exporter writes. */
  public static final String HSDS_VERSION = "3.0";

  private static final Wording PROFILE = Wording.of("The profile URL", "规范配置网址");
  private static final Wording OPENAPI = Wording.of("The OpenAPI URL", "OpenAPI 文件网址");
  private static final Wording VERSION = Wording.of("The HSDS version", "HSDS 版本");
  private static final Wording ABSOLUTE =
      Wording.of("must be an absolute http or https URL", "必须是 http 或 https 的绝对网址");
  private static final Wording SUPPORTED =
      Wording.of("must be the version the exporter writes", "必须是导出所用的版本");

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if version or profile is null
   * @throws SansheException with {@code ARGUMENT_INVALID} for another version or a URL that is not
   *     an absolute http or https URL
   */
  public HsdsApiRoot {
    if (!HSDS_VERSION.equals(java.util.Objects.requireNonNull(version, "version"))) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, VERSION, SUPPORTED);
    }
    checkUrl(java.util.Objects.requireNonNull(profile, "profile"), PROFILE);
    if (openapiUrl != null) {
      checkUrl(openapiUrl, OPENAPI);
    }
  }

  /**
   * Returns the root of an API serving this export.
   *
   * @param profile the profile's absolute URL, not null
   * @param openapiUrl the OpenAPI file's absolute URL, or null
   * @return the root
   * @throws SansheException with {@code ARGUMENT_INVALID} for a URL that is not absolute http(s)
   */
  public static HsdsApiRoot of(String profile, String openapiUrl) {
    return new HsdsApiRoot(HSDS_VERSION, profile, openapiUrl);
  }

  private static void checkUrl(String url, Wording field) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, field, ABSOLUTE);
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, field, ABSOLUTE);
    }
  }
}
