package org.spyglass.ios.whatsapp;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** The phone numbers WhatsApp paired with LIDs (LID.sqlite, else ChatStorage.sqlite), for the timeline. */
public final class WhatsappLidPairsModule extends AbstractModule<LidPhoneNumberPair> {
    public static final String NAME = "whatsapp_lid_pairs";

    public WhatsappLidPairsModule() {
        super(NAME, LidPhoneNumberPair.class,
                "WhatsApp LID to phone number pairs (LID.sqlite, else ChatStorage.sqlite)",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM),
                List.of(WhatsappFiles.LID, WhatsappFiles.CHAT_STORAGE));
    }

    @Override
    public Parser<LidPhoneNumberPair> parser() {
        return new LidPairParser();
    }

    /** {@code lid_pair_recorded} when the pair was recorded. */
    @Override
    public TimelineMapper<LidPhoneNumberPair> timeline() {
        return (pair, out) -> {
            if (pair.pairTimestamp() != null) {
                out.accept(new TimelineEvent(pair.pairTimestamp(), NAME, "lid_pair_recorded", "WhatsApp associated "
                        + "LID " + pair.lid() + " with phone number " + pair.phoneNumber()));
            }
        };
    }
}
