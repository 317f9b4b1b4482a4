namespace Platform.SerialEm.Microscope;

/// <summary>ReportSlotStatus: −1 error, 0 empty (cartridge on the stage), 1 occupied; newer SerialEM also names the grid.</summary>
public sealed record SlotStatus(int Slot, int Code, string? GridName)
{
    public bool IsOccupied => Code == 1;

    public bool IsEmpty => Code == 0;

    public bool IsError => Code < 0;
}
