using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Hardware;

/// <summary>SerialEM's image buffers A..T: a new acquisition goes to A and pushes the older images down one letter.</summary>
public sealed class ImageBuffers
{
    private readonly BufferedImage?[] _buffers = new BufferedImage?[BufferSlot.MainBufferCount];

    public BufferedImage? this[int index] => index >= 0 && index < _buffers.Length ? _buffers[index] : null;

    public void Push(BufferedImage image)
    {
        Array.Copy(_buffers, 0, _buffers, 1, _buffers.Length - 1);
        _buffers[0] = image;
    }

    public void Put(int index, BufferedImage image) => _buffers[index] = image;
}
