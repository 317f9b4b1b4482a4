using Platform.MicroscopeSimulator.Specimen;

namespace Platform.MicroscopeSimulator.Hardware;

/// <summary>The virtual autoloader cassette: N slots of grids (1-based) and the one cartridge that may be on the stage.</summary>
public sealed class AutoloaderState
{
    private readonly GridSpecimen?[] _slots;

    public AutoloaderState(int gridCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gridCount);
        _slots = new GridSpecimen?[gridCount];
        for (var slot = 1; slot <= gridCount; slot++)
        {
            var holeType = slot % 3 == 0 ? HoleType.R2_1 : HoleType.R12_13;
            _slots[slot - 1] = new GridSpecimen(seed, slot, $"grid{slot}", holeType);
        }
    }

    public int SlotCount => _slots.Length;

    /// <summary>The grid on the stage, if any.</summary>
    public GridSpecimen? OnStage { get; private set; }

    /// <summary>−1 no such slot, 0 empty (its cartridge is on the stage), 1 occupied.</summary>
    public int Status(int slot) => slot < 1 || slot > _slots.Length ? -1 : _slots[slot - 1] is null ? 0 : 1;

    public GridSpecimen? InSlot(int slot) => Status(slot) == 1 ? _slots[slot - 1] : null;

    /// <summary>Loads a slot's cartridge, first returning any cartridge already on the stage; error text on failure.</summary>
    public string? TryLoad(int slot)
    {
        var status = Status(slot);
        if (status < 0)
        {
            return $"Slot {slot} does not exist (cassette has {_slots.Length} slots)";
        }

        if (status == 0)
        {
            return $"There is no cartridge in slot {slot}";
        }

        Unload();
        OnStage = _slots[slot - 1];
        _slots[slot - 1] = null;
        return null;
    }

    public string? Unload()
    {
        if (OnStage is null)
        {
            return "There is no cartridge on the stage to unload";
        }

        _slots[OnStage.Slot - 1] = OnStage;
        OnStage = null;
        return null;
    }
}
