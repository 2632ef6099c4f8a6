package org.sanshe.core.registry.hsds;

/**
 * An HSDS 3.0 {@code service_area}: a community (or other division) a service is available in. HSDS
 * has no field for a division code, so the code goes into {@code extent} with {@code extent_type}
 * {@code text}, which the specification allows for systems without polygons, and the description
 * names the code's scheme ({@link DivisionCodeScheme}). Immutable.
 *
 * @param id the service area's id (a name-based UUID)
 * @param serviceId the service's HSDS id
 * @param name the division's name from the directory (or its code when the directory lacks it)
 * @param description the division's name, code and code scheme
 * @param extent the code scheme and the division code, as text
 * @param extentType always {@code text}
 */
public record HsdsServiceArea(
    String id,
    String serviceId,
    String name,
    String description,
    String extent,
    String extentType) {}
