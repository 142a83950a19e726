package org.spyglass.ios.smsattachments;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches the attachment's stored path against file-path and file-name indicators (HIGH, as MVT), and flags
 * received attachments kept in {@code /var/tmp} under a name ending in {@code -1}.
 */
final class SmsAttachmentsChecker implements Checker<SmsAttachment> {
    static final Heuristic TMP_RECEIVED = new Heuristic("ios.sms_attachments.tmp-received", Level.MEDIUM,
            "Messages normally keeps the attachments it receives under ~/Library/SMS/Attachments. This received "
                    + "attachment was recorded in /var/tmp with a name ending in \"-1\", the pattern left by "
                    + "attachments of Pegasus zero-click iMessage exploits. Temporary copies also occur for other "
                    + "reasons, so it is a lead for an expert, not proof of an attack.");

    private static final String MOBILE_HOME = "/private/var/mobile";

    @Override
    public void check(SmsAttachment attachment, CheckContext context) {
        String filename = attachment.filename();
        if (filename == null || filename.isBlank()) {
            return;
        }
        String path = devicePath(filename.strip());
        List<IndicatorMatch> matches = path.startsWith("/") ? context.indicators().matchFilePath(path)
                : context.indicators().matchFileName(path);
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.HIGH, "Found a known spyware file in an SMS attachment " + describe(attachment)
                    + ": " + filename + " " + MatchText.of(matches), attachment.isodate(), attachment, matches);
        }
        if (isTmpReceived(attachment, filename)) {
            context.heuristicAlert(TMP_RECEIVED, "Suspicious iMessage attachment " + filename + " "
                    + describe(attachment), attachment.isodate(), attachment);
        }
    }

    /**
     * The absolute device path of a stored file name: {@code ~} is the mobile user's home, and {@code /var} is
     * spelled {@code /private/var} as on disk.
     */
    static String devicePath(String filename) {
        String path = filename;
        if (path.equals("~") || path.startsWith("~/")) {
            path = MOBILE_HOME + path.substring(1);
        }
        if (path.equals("/var") || path.startsWith("/var/")) {
            path = "/private" + path;
        }
        return path;
    }

    private static boolean isTmpReceived(SmsAttachment attachment, String filename) {
        return SmsAttachment.RECEIVED.equals(attachment.direction()) && filename.endsWith("-1")
                && devicePath(filename).startsWith("/private/var/tmp/");
    }

    static String describe(SmsAttachment attachment) {
        String party = attachment.phoneNumber() == null ? "an unknown party" : attachment.phoneNumber();
        return (SmsAttachment.SENT.equals(attachment.direction()) ? "sent to " : "received from ") + party;
    }
}
