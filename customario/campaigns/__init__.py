"""The built-in campaign modules, each a plug-in written against the same interface as a third party's."""
