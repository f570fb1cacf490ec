package example.types;

public enum Status { NEW, PAID, SHIPPED, CANCELLED }
