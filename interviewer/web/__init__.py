"""The browser app (Chainlit) and the views it shows."""
