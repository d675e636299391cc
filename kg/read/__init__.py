"""Reading a letter: a file (text, Markdown, PDF, HTML, the official XML) -> clean text -> a
Document with its head, paragraphs and sentences. Imports only the domain.
"""
