package org.spyglass.android.androidqf.mounts;

import java.util.List;
import java.util.Objects;

/**
 * One mounted file system of an AndroidQF {@code mounts.json}.
 *
 * @param device          the device or source mounted ({@code /dev/block/dm-0}, {@code tmpfs})
 * @param mountPoint      where it is mounted
 * @param type            the file-system type ({@code ext4}, {@code erofs})
 * @param options         the mount options in order ({@code ro}, {@code seclabel}, ...)
 * @param systemPartition true when {@code mountPoint} is one of the read-only system partitions
 * @param readWrite       true when the options hold {@code rw}
 * @param file            the device path of the listing
 */
public record Mount(String device, String mountPoint, String type, List<String> options, boolean systemPartition,
                    boolean readWrite, String file) {
    public Mount {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(mountPoint, "mountPoint");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        Objects.requireNonNull(file, "file");
    }
}
