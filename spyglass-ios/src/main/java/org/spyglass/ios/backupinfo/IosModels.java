package org.spyglass.ios.backupinfo;

import java.util.Map;
import java.util.Optional;

/**
 * iPhone hardware identifiers ({@code Product Type}) from the iPhone 5s to the iPhone 17 family, with the marketing
 * name and, for models Apple no longer updates to the newest major iOS, the last major version they run. Sources:
 * MVT's {@code ios_models.json} and AppleDB's device files; known as of {@link IosReleases#KNOWN_UNTIL}, plus the
 * iPhone 17e. Other devices (iPads, newer iPhones) have no entry.
 */
public final class IosModels {
    /** {@code lastMajor} of a model still offered the newest major version. */
    public static final int CURRENT = Integer.MAX_VALUE;

    /**
     * A phone model.
     *
     * @param name      the marketing name, e.g. {@code iPhone 11}
     * @param lastMajor the last major iOS version it runs, or {@link #CURRENT}
     */
    public record Model(String name, int lastMajor) {
    }

    private static final Map<String, Model> MODELS = Map.ofEntries(
            Map.entry("iPhone6,1", new Model("iPhone 5s", 12)),
            Map.entry("iPhone6,2", new Model("iPhone 5s", 12)),
            Map.entry("iPhone7,1", new Model("iPhone 6 Plus", 12)),
            Map.entry("iPhone7,2", new Model("iPhone 6", 12)),
            Map.entry("iPhone8,1", new Model("iPhone 6s", 15)),
            Map.entry("iPhone8,2", new Model("iPhone 6s Plus", 15)),
            Map.entry("iPhone8,4", new Model("iPhone SE (1st generation)", 15)),
            Map.entry("iPhone9,1", new Model("iPhone 7", 15)),
            Map.entry("iPhone9,2", new Model("iPhone 7 Plus", 15)),
            Map.entry("iPhone9,3", new Model("iPhone 7", 15)),
            Map.entry("iPhone9,4", new Model("iPhone 7 Plus", 15)),
            Map.entry("iPhone10,1", new Model("iPhone 8", 16)),
            Map.entry("iPhone10,2", new Model("iPhone 8 Plus", 16)),
            Map.entry("iPhone10,3", new Model("iPhone X", 16)),
            Map.entry("iPhone10,4", new Model("iPhone 8", 16)),
            Map.entry("iPhone10,5", new Model("iPhone 8 Plus", 16)),
            Map.entry("iPhone10,6", new Model("iPhone X", 16)),
            Map.entry("iPhone11,2", new Model("iPhone XS", 18)),
            Map.entry("iPhone11,4", new Model("iPhone XS Max", 18)),
            Map.entry("iPhone11,6", new Model("iPhone XS Max", 18)),
            Map.entry("iPhone11,8", new Model("iPhone XR", 18)),
            Map.entry("iPhone12,1", new Model("iPhone 11", CURRENT)),
            Map.entry("iPhone12,3", new Model("iPhone 11 Pro", CURRENT)),
            Map.entry("iPhone12,5", new Model("iPhone 11 Pro Max", CURRENT)),
            Map.entry("iPhone12,8", new Model("iPhone SE (2nd generation)", CURRENT)),
            Map.entry("iPhone13,1", new Model("iPhone 12 mini", CURRENT)),
            Map.entry("iPhone13,2", new Model("iPhone 12", CURRENT)),
            Map.entry("iPhone13,3", new Model("iPhone 12 Pro", CURRENT)),
            Map.entry("iPhone13,4", new Model("iPhone 12 Pro Max", CURRENT)),
            Map.entry("iPhone14,2", new Model("iPhone 13 Pro", CURRENT)),
            Map.entry("iPhone14,3", new Model("iPhone 13 Pro Max", CURRENT)),
            Map.entry("iPhone14,4", new Model("iPhone 13 mini", CURRENT)),
            Map.entry("iPhone14,5", new Model("iPhone 13", CURRENT)),
            Map.entry("iPhone14,6", new Model("iPhone SE (3rd generation)", CURRENT)),
            Map.entry("iPhone14,7", new Model("iPhone 14", CURRENT)),
            Map.entry("iPhone14,8", new Model("iPhone 14 Plus", CURRENT)),
            Map.entry("iPhone15,2", new Model("iPhone 14 Pro", CURRENT)),
            Map.entry("iPhone15,3", new Model("iPhone 14 Pro Max", CURRENT)),
            Map.entry("iPhone15,4", new Model("iPhone 15", CURRENT)),
            Map.entry("iPhone15,5", new Model("iPhone 15 Plus", CURRENT)),
            Map.entry("iPhone16,1", new Model("iPhone 15 Pro", CURRENT)),
            Map.entry("iPhone16,2", new Model("iPhone 15 Pro Max", CURRENT)),
            Map.entry("iPhone17,1", new Model("iPhone 16 Pro", CURRENT)),
            Map.entry("iPhone17,2", new Model("iPhone 16 Pro Max", CURRENT)),
            Map.entry("iPhone17,3", new Model("iPhone 16", CURRENT)),
            Map.entry("iPhone17,4", new Model("iPhone 16 Plus", CURRENT)),
            Map.entry("iPhone17,5", new Model("iPhone 16e", CURRENT)),
            Map.entry("iPhone18,1", new Model("iPhone 17 Pro", CURRENT)),
            Map.entry("iPhone18,2", new Model("iPhone 17 Pro Max", CURRENT)),
            Map.entry("iPhone18,3", new Model("iPhone 17", CURRENT)),
            Map.entry("iPhone18,4", new Model("iPhone Air", CURRENT)),
            Map.entry("iPhone18,5", new Model("iPhone 17e", CURRENT)));

    private IosModels() {
    }

    /** The model of a {@code Product Type} such as {@code iPhone12,1}; empty when unknown. */
    public static Optional<Model> of(String productType) {
        return productType == null ? Optional.empty() : Optional.ofNullable(MODELS.get(productType.strip()));
    }
}
