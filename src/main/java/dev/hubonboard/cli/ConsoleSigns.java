package dev.hubonboard.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * The commands' signs (✔ ⚠ ✖, the ellipsis, dashes and curly quotes) in ASCII where the output's character set has
 * none of them: the installed Windows launcher prints in the console's code page (437 or 850, where they would be
 * {@code ?}), and a Linux or macOS shell in the C locale prints ASCII. Everything the character set can show is left
 * as it is; anything else without an ASCII stand-in still becomes {@code ?}, as before.
 */
public final class ConsoleSigns extends PrintStream {
    static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('✔', "OK"), Map.entry('⚠', "!"), Map.entry('✖', "X"), Map.entry('✘', "X"),
            Map.entry('…', "..."), Map.entry('—', "--"), Map.entry('–', "-"), Map.entry('→', "->"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('•', "*"), Map.entry('×', "x"), Map.entry('\u00a0', " "));

    private ConsoleSigns(PrintStream out) {
        super(out, true, out.charset()); // the same bytes to the same stream: only characters it cannot show change
    }

    /** {@code out} itself when its character set shows the signs; else one that writes their ASCII stand-ins. */
    public static PrintStream fitting(PrintStream out) {
        return out.charset().newEncoder().canEncode("✔⚠✖…—") ? out : new ConsoleSigns(out);
    }

    /** {@code s} with each character {@code charset} cannot show replaced by its stand-in, where there is one. */
    static String fit(String s, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder(); // an encoder is not for sharing between threads
        StringBuilder fitted = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String instead = ASCII.get(c);
            if (instead != null && !encoder.canEncode(c)) {
                if (fitted == null) {
                    fitted = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                fitted.append(instead);
            } else if (fitted != null) {
                fitted.append(c);
            }
        }
        return fitted == null ? s : fitted.toString();
    }

    // PrintStream's println, printf, format and append all end in one of these when the class is a subclass.

    @Override
    public void print(String s) {
        super.print(fit(String.valueOf(s), charset()));
    }

    @Override
    public void print(Object o) {
        print(String.valueOf(o));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }
}
