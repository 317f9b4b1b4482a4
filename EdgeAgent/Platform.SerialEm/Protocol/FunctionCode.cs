namespace Platform.SerialEm.Protocol;

/// <summary>The "PSS" function code at offset 4 of every request (reference §1.4).</summary>
public enum FunctionCode
{
    RegularCommand = 1,
    ChunkHandshake = 2,
    OkToRunExternalScript = 3,
    GetBufferImage = 4,
    PutImageInBuffer = 5,
}
