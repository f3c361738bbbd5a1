package dev.hubonboard;

public final class Main {
    public static void main(String[] args) {
        System.out.println("hub-onboard");
    }
}
