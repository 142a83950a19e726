package org.spyglass.ios.whatsapp;

import java.io.IOException;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.SqliteParser;

/**
 * Where WhatsApp keeps its databases: the shared app group {@code group.net.whatsapp.WhatsApp.shared}, which a backup
 * stores as the domain {@value #DOMAIN} and a filesystem dump under a random folder name, hence the {@code *}.
 */
final class WhatsappFiles {
    static final String DOMAIN = "AppDomainGroup-group.net.whatsapp.WhatsApp.shared";
    /** fileID 7c7fba66680ef796b916b067077cc246adacf01d in a backup. */
    static final String CHAT_STORAGE = "/private/var/mobile/Containers/Shared/AppGroup/*/ChatStorage.sqlite";
    /** fileID e794f6ffcc3c222535f47684a63d5178da3c4500 in a backup. */
    static final String LID = "/private/var/mobile/Containers/Shared/AppGroup/*/LID.sqlite";
    /** fileID b8548dc30aa1030df0ce18ef08b882cf7ab5212f in a backup. */
    static final String CONTACTS = "/private/var/mobile/Containers/Shared/AppGroup/*/ContactsV2.sqlite";
    static final String LID_NAME = "LID.sqlite";
    static final String LID_TABLE = "ZWAPHONENUMBERLIDPAIR";

    private WhatsappFiles() {
    }

    /** The device path of the file called {@code name} in the same folder as {@code file}. */
    static String sibling(EvidenceFile file, String name) {
        String path = file.devicePath();
        return path.substring(0, path.lastIndexOf('/') + 1) + name;
    }

    /**
     * Opens a second database of the evidence (beside the one the parser was given) through a read-only scratch
     * copy, or warns and returns null when it cannot be read.
     */
    static EvidenceDatabase openSide(EvidenceFile file, ParseContext<?> context) {
        try {
            return SqliteParser.open(file, context, file.name());
        } catch (IOException e) {
            context.warn(file.devicePath(), e.getMessage());
            return null;
        }
    }

    /** A phone number written as {@code +digits}, from {@code 15550123}, {@code +15550123} or a JID. */
    static String phoneNumber(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = localPart(value).strip();
        digits = digits.startsWith("+") ? digits.substring(1) : digits;
        return digits.isEmpty() ? null : "+" + digits;
    }

    /** The part of a JID before {@code @}, or the whole value. */
    static String localPart(String jid) {
        int at = jid.indexOf('@');
        return at < 0 ? jid : jid.substring(0, at);
    }
}
