/** A contents-list entry: dot leaders and a page number (`SECTION 1 – INTRODUCTION ....... 2`). */
export const CONTENTS_ENTRY = /(?:\.\s?){4,}\s*(?:\d{1,3}|[ivxlc]{1,6})\s*$|…+\s*(?:\d{1,3}|[ivxlc]{1,6})\s*$/i;
