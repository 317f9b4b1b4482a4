Console.WriteLine("Microscope simulator");
