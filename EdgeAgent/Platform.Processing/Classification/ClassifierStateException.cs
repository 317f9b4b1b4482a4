namespace Platform.Processing.Classification;

/// <summary>A saved classifier model that cannot be restored: truncated, altered, or written for another box size or class count.</summary>
public sealed class ClassifierStateException(string message) : Exception(message);
