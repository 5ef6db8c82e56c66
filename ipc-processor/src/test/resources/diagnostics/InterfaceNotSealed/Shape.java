package test;

public interface Shape {}
