package org.sanshe.core.registry.project;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * A need of residents collected through a channel in a community, in a service category. Holds no
 * personal data: describe the need, not the resident. Immutable.
 *
 * @param id the id
 * @param channel how it was collected, one of the channels shared with matters (a preset or an
 *     integrator-defined channel of the place's {@link org.sanshe.core.intake.ChannelCatalogue})
 * @param category the service category
 * @param community the community or village
 * @param reportedOn the date collected
 * @param description what is needed, not blank
 */
public record Need(
    NeedId id,
    Channel channel,
    ServiceDomain category,
    DivisionCode community,
    LocalDate reportedOn,
    String description) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING}, {@code
   *     ORGANIZATION_NOT_COMMUNITY} or {@code NEED_DESCRIPTION_BLANK}
   */
  public Need {
    for (Object[] f :
        new Object[][] {
          {id, "id"},
          {channel, "channel"},
          {category, "category"},
          {community, "community"},
          {reportedOn, "reportedOn"}
        }) {
      if (f[0] == null) {
        throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, f[1]);
      }
    }
    if (!community.kind().isVillageLevel()) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "community");
    }
    if (description == null || description.isBlank()) {
      throw new RegistryException(RegistryError.NEED_DESCRIPTION_BLANK);
    }
    description =
        BoundedText.freeText(
            description,
            Wording.of("The need's description", "需求描述"),
            BoundedText.MAX_FREE_TEXT_LENGTH);
    Objects.requireNonNull(description, "description");
  }

  /**
   * Creates a need collected through one of the former need channels.
   *
   * @param id the id
   * @param channel how it was collected
   * @param category the service category
   * @param community the community or village
   * @param reportedOn the date collected
   * @param description what is needed, not blank
   * @deprecated use the canonical constructor with a {@link Channel}, shared with matters
   */
  @Deprecated(forRemoval = true)
  public Need(
      NeedId id,
      NeedChannel channel,
      ServiceDomain category,
      DivisionCode community,
      LocalDate reportedOn,
      String description) {
    this(
        id,
        channel == null ? null : channel.channel(),
        category,
        community,
        reportedOn,
        description);
  }

  /**
   * Returns the street or town of the community.
   *
   * @return the 9-digit code
   */
  public DivisionCode street() {
    return community.parent().orElseThrow();
  }
}
