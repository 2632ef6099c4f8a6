package org.sanshe.core.registry.organization;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;

/**
 * A contact person of an organization: a name (personal data, masked by {@link #toString()}; a name
 * holding '*', which is how masked names look, is refused), a title and a phone. Immutable and
 * thread-safe; {@code title} and {@code phone} may be null.
 *
 * @param name the name, a checked name of at most 100 code points
 * @param title the title (such as 秘书长), a checked name of at most 100 code points, or null
 * @param phone the person's phone, or null
 */
public record ContactPerson(String name, String title, ContactPhone phone) {

  /** Checks and normalizes the texts. */
  public ContactPerson {
    Wording field = Wording.of("contact name", "联系人姓名");
    name =
        PersonalText.unmasked(
            BoundedText.name(Objects.requireNonNull(name, "name"), field, 100), field);
    title = title == null ? null : BoundedText.name(title, Wording.of("contact title", "职务"), 100);
  }

  @Override
  public String toString() {
    return "ContactPerson["
        + PersonalText.maskName(name)
        + (title == null ? "" : ", " + title)
        + (phone == null ? "" : ", " + PersonalText.maskPhone(phone.number()))
        + "]";
  }
}
