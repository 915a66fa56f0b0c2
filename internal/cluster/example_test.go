package cluster_test

import (
	"fmt"
	"time"

	"newsdesk/internal/cluster"
)

func ExampleRun() {
	day := time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)
	docs := []cluster.Doc{
		{ID: "wire", Published: day, Title: "Ferry sinks off Zanzibar, 31 rescued",
			Text: "A passenger ferry carrying 40 people sank off Zanzibar on Thursday, and coast guard boats rescued 31 of them, police commissioner Hamad Khamis said. Nine people are missing."},
		{ID: "reprint", Published: day.Add(time.Hour), Title: "Zanzibar ferry disaster",
			Text: "A passenger ferry carrying 40 people sank off Zanzibar on Thursday, and coast guard boats rescued 31 of them, police commissioner Hamad Khamis said. Nine people are missing, he added."},
		{ID: "german", Published: day.Add(2 * time.Hour), Title: "Fähre vor Sansibar gesunken",
			Text: "Vor Sansibar ist am Donnerstag eine Fähre mit 40 Menschen an Bord gesunken. 31 Menschen wurden gerettet, sagte Polizeichef Hamad Khamis."},
		{ID: "other", Published: day.Add(3 * time.Hour), Title: "Central bank holds rates",
			Text: "The central bank of Kenya kept its key rate at 10.5 percent on Friday, governor Kamau Thugge said."},
	}
	for _, a := range cluster.Run(docs, cluster.DefaultConfig()) {
		fmt.Printf("%s story=%s duplicate_of=%q\n", a.ID, a.Story, a.DuplicateOf)
	}
	// Output:
	// wire story=s1 duplicate_of=""
	// reprint story=s1 duplicate_of="wire"
	// german story=s1 duplicate_of=""
	// other story=s2 duplicate_of=""
}
