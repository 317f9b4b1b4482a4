Console.WriteLine("Platform edge agent");
