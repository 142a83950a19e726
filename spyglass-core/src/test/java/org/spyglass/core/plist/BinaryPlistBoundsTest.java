package org.spyglass.core.plist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinaryPlistBoundsTest {

    @Test
    void acceptsAPlistWrittenByDdPlist() throws Exception {
        NSDictionary root = new NSDictionary();
        root.put("list", new NSArray(new NSString("a"), new NSString("ü".repeat(40))));
        root.put("text", "x".repeat(300));
        byte[] bytes = BinaryPropertyListWriter.writeToArray(root);

        BinaryPlistBounds.check(bytes);
        assertThat(Plists.parse(bytes)).isEqualTo(root);
    }

    @Test
    void refusesAnArrayClaimingMoreEntriesThanTheFileHolds() {
        byte[] object = {(byte) 0xAF, 0x12, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        byte[] bytes = plist(object, 1, 0);

        assertThatThrownBy(() -> Plists.parse(bytes)).isInstanceOf(PlistException.class)
                .hasMessageContaining("claims 2147483647 entries");
    }

    @Test
    void refusesATrailerPointingOutsideTheFile() {
        byte[] bytes = plist(new byte[] {0x08}, 1, 0);
        ByteBuffer.wrap(bytes).putLong(bytes.length - 8, 1L << 40);

        assertThatThrownBy(() -> Plists.parse(bytes)).isInstanceOf(PlistException.class)
                .hasMessageContaining("trailer points outside the file");
    }

    @Test
    void refusesATruncatedPlist() throws Exception {
        byte[] whole = BinaryPropertyListWriter.writeToArray(new NSString("hello"));

        assertThatThrownBy(() -> Plists.parse(Arrays.copyOf(whole, 20))).isInstanceOf(PlistException.class);
    }

    private static byte[] plist(byte[] object, long count, long top) {
        ByteBuffer out = ByteBuffer.allocate(8 + object.length + 1 + 32);
        out.put("bplist00".getBytes(StandardCharsets.US_ASCII)).put(object).put((byte) 8);
        out.position(out.position() + 6);
        out.put((byte) 1).put((byte) 1).putLong(count).putLong(top).putLong(8 + object.length);
        return out.array();
    }
}
