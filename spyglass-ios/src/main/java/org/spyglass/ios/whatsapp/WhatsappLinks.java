package org.spyglass.ios.whatsapp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spyglass.core.text.LinkExtractor;

/**
 * The links of a message, without WhatsApp's own media links. Every photo, voice note or document a message carries
 * is fetched from WhatsApp's media servers under {@code whatsapp.net} ({@code mmg.whatsapp.net},
 * {@code mmg-fna.whatsapp.net}, {@code media-*.cdn.whatsapp.net}, {@code pps.whatsapp.net}); those links are the
 * app's plumbing, not something a person sent, so every host that is {@code whatsapp.net} or under it is dropped.
 * Links to {@code whatsapp.com} (group invitations, {@code wa.me}) are kept.
 */
final class WhatsappLinks {
    private static final String MEDIA_DOMAIN = "whatsapp.net";

    private WhatsappLinks() {
    }

    /** The distinct links of the texts, in order of appearance, media links removed. */
    static List<String> of(String... texts) {
        Set<String> links = new LinkedHashSet<>();
        for (String text : texts) {
            for (String link : LinkExtractor.extract(text)) {
                if (!isWhatsappMedia(link)) {
                    links.add(link);
                }
            }
        }
        return List.copyOf(links);
    }

    static boolean isWhatsappMedia(String link) {
        String rest = link.toLowerCase(Locale.ROOT);
        int scheme = rest.indexOf("://");
        rest = scheme < 0 ? rest : rest.substring(scheme + 3);
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(rest.lastIndexOf('@', end - 1) + 1, end);
        return host.equals(MEDIA_DOMAIN) || host.endsWith("." + MEDIA_DOMAIN);
    }
}
