package vn.boiduong.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This process among the application's nodes: host name, process id and a random suffix (unique per start). */
public final class NodeId {

    private static final String ID = host() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);

    private NodeId() {
    }

    public static String get() {
        return ID;
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 60 ? name.substring(0, 60) : name;
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
