package org.spyglass.android.sms;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.source.SourceKind;

/** SMS and MMS of an Android backup (the telephony provider's members): links matched against indicators. */
public final class AndroidSmsModule extends AbstractModule<AndroidSmsMessage> {
    public static final String NAME = "android_sms";
    /** The URL records' source, as MVT names it. */
    public static final String URL_SOURCE = "sms";
    public static final String FOLDER = "/apps/com.android.providers.telephony/d_f/";
    public static final String SMS = FOLDER + "*_sms_backup";
    public static final String MMS = FOLDER + "*_mms_backup";

    public AndroidSmsModule() {
        super(NAME, AndroidSmsMessage.class,
                "SMS and MMS of an Android backup (telephony provider *_sms_backup, *_mms_backup): links matched",
                Set.of(SourceKind.ANDROID_BACKUP), List.of(SMS, MMS));
    }

    @Override
    public Parser<AndroidSmsMessage> parser() {
        return new AndroidSmsParser();
    }

    @Override
    public Checker<AndroidSmsMessage> checker() {
        return new AndroidSmsChecker();
    }

    @Override
    public TimelineMapper<AndroidSmsMessage> timeline() {
        return (message, out) -> {
            if (message.isodate() != null) {
                String party = message.address() == null ? "unknown" : message.address();
                boolean sent = AndroidSmsMessage.SENT.equals(message.direction());
                out.accept(new TimelineEvent(message.isodate(), NAME,
                        message.kind() + (sent ? "_sent" : "_received"), message.kind().toUpperCase(Locale.ROOT) + " \"" + message.body() + "\" " + (sent ? "to " : "from ")
                                + party));
            }
        };
    }

    @Override
    public UrlExtractor<AndroidSmsMessage> urls() {
        return (message, out) -> message.links().forEach(link -> out.accept(new UrlRecord(link, message.isodate(),
                URL_SOURCE)));
    }
}
