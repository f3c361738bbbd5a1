package dev.hubonboard.ui.kit;

/** The clipboard in memory, for tests of what is copied and when it is taken off again. */
public final class FakeClipboard implements SecretClipboard.Board {
    public String text;

    @Override
    public String text() {
        return text;
    }

    @Override
    public void put(String t) {
        text = t;
    }

    @Override
    public void clear() {
        text = null;
    }
}
