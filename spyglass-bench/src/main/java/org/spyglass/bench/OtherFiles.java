package org.spyglass.bench;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import org.spyglass.ios.backup.write.BackupWriter;
import org.spyglass.ios.sample.SampleBackup;

/**
 * The ID status cache plist (with the sample's Pegasus attacker account and synthetic-bundle emails planted) and
 * the other files: media-like blobs of seeded random bytes that make up the Manifest entries and the bulk of the
 * backup's size, as photos and attachments do on a real phone.
 */
final class OtherFiles {
    private static final String[] DOMAINS = {"CameraRollDomain", "MediaDomain", "HomeDomain",
        "AppDomain-com.example.notes", "AppDomainGroup-group.com.example.shared"};

    private OtherFiles() {
    }

    static byte[] idStatusCache(EvidenceProfile profile, SyntheticValues values) throws IOException {
        int[] planted = SyntheticValues.planted(profile.idStatusEntries());
        int[] emails = SyntheticValues.planted(profile.bundleOthersPerType());
        NSDictionary madrid = new NSDictionary();
        NSDictionary facetime = new NSDictionary();
        for (int row = 0; row < profile.idStatusEntries(); row++) {
            String key = String.format(Locale.ROOT, "tel:+1555%07d", row);
            if (row == planted[0]) {
                key = "mailto:" + SampleBackup.ATTACKER_EMAIL;
            } else if (row == planted[1] || row == planted[2]) {
                key = "mailto:" + values.email(emails[row == planted[1] ? 1 : 2]);
            }
            NSDictionary entry = new NSDictionary();
            entry.put("LookupDate", new NSNumber(Times.appleSeconds(Times.at(row, profile.idStatusEntries()))));
            entry.put("IDStatus", new NSNumber(row % 3 == 0 ? 2 : 1));
            (row % 4 == 0 ? facetime : madrid).put(key, entry);
        }
        NSDictionary root = new NSDictionary();
        root.put("com.apple.madrid", madrid);
        root.put("com.apple.private.alloy.facetime.multi", facetime);
        return BinaryPropertyListWriter.writeToArray(root);
    }

    /** Adds {@code profile.otherFiles()} files sharing {@code profile.otherBytes()} bytes of seeded random data. */
    static void write(BackupWriter writer, EvidenceProfile profile, long seed) throws IOException {
        int files = profile.otherFiles();
        long each = profile.otherBytes() / files;
        long extra = profile.otherBytes() % files;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < files; i++) {
            byte[] content = new byte[(int) (each + (i < extra ? 1 : 0))];
            fill(random, content);
            String domain = DOMAINS[i % DOMAINS.length];
            String path = String.format(Locale.ROOT, "Media/DCIM/%03dAPPLE/IMG_%06d.HEIC", i / 1000 % 1000, i);
            writer.addFile(domain, path, content,
                    Instant.ofEpochSecond(Times.at(i, files)));
        }
    }

    private static void fill(SplittableRandom random, byte[] content) {
        int i = 0;
        while (i + 8 <= content.length) {
            long value = random.nextLong();
            for (int k = 0; k < 8; k++) {
                content[i++] = (byte) (value >>> (k * 8));
            }
        }
        while (i < content.length) {
            content[i++] = (byte) random.nextInt();
        }
    }
}
