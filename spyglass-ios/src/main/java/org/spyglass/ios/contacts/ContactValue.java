package org.spyglass.ios.contacts;

import java.time.Instant;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One value of an address-book contact (a phone number, e-mail address, URL, ...) with its person: a row of
 * {@code ABMultiValue} joined to {@code ABPerson}, as MVT reads them (value, first, middle, last, organization), plus
 * the keys, the kind of value, its label and the person's dates. A column the database lacks leaves its field null.
 *
 * @param personId         {@code ABPerson.ROWID}
 * @param valueId          {@code ABMultiValue.UID}
 * @param property         the AddressBook property code ({@code 3} phone, {@code 4} e-mail, {@code 22} URL, ...)
 * @param kind             the property as a word: {@code phone}, {@code email}, {@code url}, ... or {@code other}
 * @param label            the value's label without Apple's {@code _$!<...>!$_} wrapping ({@code Mobile}, {@code Work})
 * @param value            the value as stored
 * @param first            {@code ABPerson.First}
 * @param middle           {@code ABPerson.Middle}
 * @param last             {@code ABPerson.Last}
 * @param organization     {@code ABPerson.Organization}
 * @param creationDate     when the contact was created ({@code CreationDate}), UTC
 * @param modificationDate when the contact was last changed ({@code ModificationDate}), UTC
 */
public record ContactValue(long personId, long valueId, Long property, String kind, String label, String value,
                           String first, String middle, String last, String organization, Instant creationDate,
                           Instant modificationDate) {
    public ContactValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** The person's name as a reader would write it, else the organization, else the row key. */
    public String displayName() {
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[] {first, middle, last}) {
            if (part != null && !part.isBlank()) {
                name.add(part.strip());
            }
        }
        if (name.length() > 0) {
            return name.toString();
        }
        return organization != null && !organization.isBlank() ? organization.strip() : "#" + personId;
    }
}
