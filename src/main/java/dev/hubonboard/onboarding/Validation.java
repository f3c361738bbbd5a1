package dev.hubonboard.onboarding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks what the user types before any request is sent. Every message starts with the field's label and says
 * how to fix it. Inputs are trimmed first; callers store the trimmed value ({@link #trim}).
 */
public final class Validation {

    private Validation() {
    }

    // Docker ID: Docker's docs say 4 to 30 characters, lowercase letters and digits only.
    private static final Pattern DOCKER_ID_CHARS = Pattern.compile("[a-z0-9]+");

    // Organization names: Docker's docs say an organization namespace is unique alongside Docker IDs but give no
    // rule, and the Hub API spec gives no pattern. Organizations created today look like Docker IDs, but older
    // namespaces use '-' and '_'. So we accept what Hub namespaces allow: lowercase letters, digits, '-' and '_',
    // not at the start or end, 2 to 255 characters. Docker Hub answers 404 for a name that does not exist.
    private static final Pattern ORGANIZATION_CHARS = Pattern.compile("[a-z0-9_-]+");
    private static final int ORGANIZATION_MIN = 2;
    private static final int ORGANIZATION_MAX = 255;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    // Microsoft asks for an organization address for the dedicated user; these are personal mailboxes.
    private static final List<String> FREE_MAIL_DOMAINS = List.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
            "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me",
            "mail.com", "web.de", "zoho.com", "tutanota.com", "tuta.io", "qq.com", "163.com", "yandex.com", "mail.ru");
    // Families registered under many country domains (gmx.de, gmx.net, yahoo.co.uk, hotmail.fr, ...).
    private static final List<String> FREE_MAIL_FAMILIES = List.of("gmx", "yahoo", "hotmail", "outlook", "live", "yandex");

    static final String PAT_PREFIX = "dckr_pat_";
    static final String OAT_PREFIX = "dckr_oat_";
    private static final Pattern PAT = Pattern.compile("dckr_pat_[A-Za-z0-9_-]{20,40}");

    /** Trims surrounding white space; null becomes "". */
    public static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    public static Verdict organization(String input) {
        String name = trim(input);
        Field f = Field.ORGANIZATION;
        if (name.isEmpty()) {
            return Verdict.of(Problem.error(f, "enter the organization's name as shown in Docker Hub."));
        }
        if (name.contains("@")) {
            return Verdict.of(Problem.error(f, "enter the organization's name (its namespace in Docker Hub), not an e-mail address."));
        }
        if (!ORGANIZATION_CHARS.matcher(name.toLowerCase(Locale.ROOT)).matches()) { // "Acme Corp": the space too
            return Verdict.of(Problem.error(f, "use only lowercase letters, digits, '-' and '_' (no spaces or '/')."));
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return Verdict.of(Problem.error(f, "organization names are lowercase in Docker Hub; type it in lowercase."));
        }
        if (!ORGANIZATION_CHARS.matcher(name).matches()) {
            return Verdict.of(Problem.error(f, "use only lowercase letters, digits, '-' and '_' (no spaces or '/')."));
        }
        if (name.length() < ORGANIZATION_MIN || name.length() > ORGANIZATION_MAX) {
            return Verdict.of(Problem.error(f, "must be " + ORGANIZATION_MIN + " to " + ORGANIZATION_MAX + " characters long."));
        }
        if (!Character.isLetterOrDigit(name.charAt(0)) || !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            return Verdict.of(Problem.error(f, "must start and end with a letter or digit."));
        }
        return Verdict.ok();
    }

    /** The dedicated user's Docker ID: the connector asks for it, and Docker Hub refuses an e-mail there. */
    public static Verdict dockerId(String input) {
        return dockerId(Field.DOCKER_ID, trim(input));
    }

    private static Verdict dockerId(Field f, String id) {
        if (id.isEmpty()) {
            return Verdict.of(Problem.error(f, "enter the dedicated user's Docker ID (the user name shown in Docker Hub)."));
        }
        if (id.contains("@")) {
            return Verdict.of(Problem.error(f, "enter the Docker ID, not e-mail: the user name shown in Docker Hub under the account menu."));
        }
        if (!DOCKER_ID_CHARS.matcher(id.toLowerCase(Locale.ROOT)).matches()) {
            return Verdict.of(Problem.error(f, "use only lowercase letters and digits (no spaces, '-', '_' or '.')."));
        }
        if (!id.equals(id.toLowerCase(Locale.ROOT))) {
            return Verdict.of(Problem.error(f, "Docker IDs are lowercase; type it in lowercase."));
        }
        if (!DOCKER_ID_CHARS.matcher(id).matches()) {
            return Verdict.of(Problem.error(f, "use only lowercase letters and digits (no spaces, '-', '_' or '.')."));
        }
        if (id.length() < 4 || id.length() > 30) {
            return Verdict.of(Problem.error(f, "must be 4 to 30 characters long."));
        }
        return Verdict.ok();
    }

    public static Verdict email(String input) {
        return email(Field.EMAIL, trim(input));
    }

    private static Verdict email(Field f, String address) {
        if (address.isEmpty()) {
            return Verdict.of(Problem.error(f, "enter the dedicated user's organization e-mail address."));
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches() || address.indexOf('@') > 64) {
            return Verdict.of(Problem.error(f, "\"" + address + "\" is not a valid e-mail address; it should look like name@yourcompany.com."));
        }
        String domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (isFreeMail(domain)) {
            return Verdict.of(Problem.warning(f, domain + " is a free-mail domain; Microsoft asks for an organization "
                    + "address for the dedicated user (for example docker-scanner@yourcompany.com)."));
        }
        return Verdict.ok();
    }

    static boolean isFreeMail(String domain) {
        if (FREE_MAIL_DOMAINS.contains(domain)) {
            return true;
        }
        int dot = domain.indexOf('.');
        return dot > 0 && FREE_MAIL_FAMILIES.contains(domain.substring(0, dot));
    }

    /** Who gets the invite: an e-mail address (contains '@') or a Docker ID. */
    public static Verdict invitee(String input) {
        String invitee = trim(input);
        if (invitee.isEmpty()) {
            return Verdict.of(Problem.error(Field.INVITEE, "enter the dedicated user's organization e-mail address or Docker ID."));
        }
        return invitee.contains("@") ? email(Field.INVITEE, invitee) : dockerId(Field.INVITEE, invitee);
    }

    /**
     * The dedicated user's personal access token. Prefixes are hints only (Docker may change the format), so an
     * unexpected shape is a warning; an organization access token is an error because the connector logs in as
     * the user. No message ever contains the token.
     */
    public static Verdict token(String input) {
        String token = trim(input);
        Field f = Field.TOKEN;
        if (token.isEmpty()) {
            return Verdict.of(Problem.error(f, "paste the dedicated user's personal access token (it starts with " + PAT_PREFIX + ")."));
        }
        if (token.startsWith(OAT_PREFIX)) {
            return Verdict.of(Problem.error(f, "an organization access token cannot be used here: the connector needs "
                    + "the dedicated user's personal access token."));
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            return Verdict.of(Problem.error(f, "contains spaces or line breaks; copy the token again in one piece."));
        }
        if (token.startsWith(PAT_PREFIX)) {
            if (!PAT.matcher(token).matches()) {
                return Verdict.of(Problem.warning(f, "a personal access token is usually " + PAT_PREFIX + " followed by "
                        + "20 to 40 letters, digits, '-' or '_'; check that it was copied in full."));
            }
            return Verdict.ok();
        }
        return Verdict.of(Problem.warning(f, "this looks like a password, not a personal access token. Sign in as "
                + "the dedicated user and create a Read-only personal access token."));
    }
}
